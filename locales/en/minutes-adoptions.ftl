## What a question of the minutes adopted besides the Vision (crates/usecases/src/minutes_adoptions.rs).
## Every id here must also exist in locales/zh-CN/minutes-adoptions.ftl, with the same variables.

minutes-adopts-scenario = On record: this question adopted the scenario “{ $scenario }”, which is frozen from now on.
minutes-adopts-targets = On record: this question adopted { $count ->
        [one] the one proposed target
       *[other] the { $count } proposed targets
    } for 2030 and mid-century, which are frozen from now on.
