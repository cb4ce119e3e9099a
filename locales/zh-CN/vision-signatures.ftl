## 已通过的愿景版本上的手写签名（愿景阶段与存储）。
## 每个 id 须与 locales/en/vision-signatures.ftl 相同，变量也须相同。

vision-signature-not-adopted = { $number ->
        [0] 只有已通过的愿景版本才能签署：未作任何更改。
       *[other] 愿景第{ $number }版不是已通过的版本，不能签署：未作任何更改。
    }
vision-signature-unknown-role = “{ $role }”不签署愿景：签署人为联络人（focal-point）和高层代表（representative）。未作任何更改。
vision-sig-title = 签名
vision-sig-focal-point = 联络人
vision-sig-representative = 高层代表
vision-sig-sign = 签名
vision-sig-sign-again = 重新签名
vision-sig-signed = 已于{ $time }签名
vision-sig-unsigned = 尚未签名
vision-sig-signed-toast = { $name }已签署愿景第{ $number }版。
vision-sig-of = { $name }的签名
vision-sig-cancel = 取消
