## What a question of the minutes decided about the Vision (crates/usecases/src/minutes.rs).
## Every id here must also exist in locales/zh-CN/minutes-vision.ftl, with the same variables.

minutes-vision-adopts = On record: this question adopted version { $version } of the Vision.
minutes-vision-put = On record: this question puts version { $version } of the Vision to adoption.
minutes-vision-amendment = On record: this question settled amendment { $amendment } to version { $version } of the Vision, section “{ $section }”, paragraph { $paragraph }: { $accepted ->
        [yes] accepted
       *[no] rejected
    }.
