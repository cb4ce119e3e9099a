## What a question of the minutes decided about the Vision (crates/usecases/src/minutes.rs).
## Every id here must also exist in locales/zh-CN/minutes-vision.ftl, with the same variables.

minutes-vision-adopts = Adopts version { $version } of the Vision.
minutes-vision-put = Puts version { $version } of the Vision to adoption.
minutes-vision-amendment = Settles amendment { $amendment } to version { $version } of the Vision, section “{ $section }”, paragraph { $paragraph }: { $accepted ->
        [yes] accepted
       *[no] rejected
    }.
