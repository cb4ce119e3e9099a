## Drawn signatures on an adopted Vision version (the Vision stage and the store).
## Every id here must also exist in locales/zh-CN/vision-signatures.ftl, with the same variables.

vision-signature-not-adopted = { $number ->
        [0] Only the adopted version of the Vision is signed: nothing changed.
       *[other] Version { $number } of the Vision is not the adopted one, so it is not signed: nothing changed.
    }
vision-signature-unknown-role = “{ $role }” does not sign the Vision: the focal point (focal-point) and the high-level representative (representative) do. Nothing changed.
vision-sig-title = Signatures
vision-sig-focal-point = Focal point
vision-sig-representative = High-level representative
vision-sig-sign = Sign
vision-sig-sign-again = Sign again
vision-sig-signed = Signed { $time }
vision-sig-unsigned = Not signed yet
vision-sig-signed-toast = { $name } signed version { $number } of the Vision.
vision-sig-of = Signature of { $name }
vision-sig-cancel = Cancel
