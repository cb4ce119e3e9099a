## 会议纪要中议题对愿景的决定（crates/usecases/src/minutes.rs）。
## 此处每个 id 必须与 locales/en/minutes-vision.ftl 相同，变量也相同。

minutes-vision-adopts = 记录：本问题通过了愿景第{ $version }版。
minutes-vision-put = 记录：本问题就愿景第{ $version }版提请通过。
minutes-vision-amendment = 记录：本问题就愿景第{ $version }版“{ $section }”第{ $paragraph }段的第{ $amendment }号修正案作出决定：{ $accepted ->
        [yes] 接受
       *[no] 否决
    }。
