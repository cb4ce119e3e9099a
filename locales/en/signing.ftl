## Digital signatures: signing, verifying, the city's certificate.

signing-signed = Signed { $path } with the certificate { $fingerprint }.
signing-certificate-exported = Wrote the city's certificate to { $path }. Fingerprint (SHA-256): { $fingerprint }. Partners import it to check the city's signatures, for example with: certutil -A -d sql:DIR -n city -t "CT,C,C" -i FILE
signing-reason-focal-point = Signed by the focal point of { $city }
signing-reason-representative = Signed by the high-level representative of { $city }

signing-verify-ok = { $count ->
    [one] The signature is valid and the whole file is signed.
   *[other] All { $count } signatures are valid and the whole file is signed.
}
signing-verify-failed = { $path }: { $invalid } of { $total ->
    [one] { $total } signature does
   *[other] { $total } signatures do
} not hold, or part of the file is not signed. Do not rely on this document.
signing-verify-unsigned = { $path } has no signature.

signing-report-title = Signature { $number }
signing-report-signer = { "  " }Signer: { $name }
signing-report-issuer = { "  " }Issued by: { $name }
signing-report-time = { "  " }Signed at: { $time }
signing-report-fingerprint = { "  " }Certificate (SHA-256): { $fingerprint }
signing-report-format = { "  " }Format: { $format }
signing-report-status = { "  " }Status: { $status }
signing-report-range = { "  " }Signed bytes: 0–{ $end1 } and { $start2 }–{ $end2 }
signing-report-coverage = { "  " }Coverage: { $coverage }
signing-unknown = unknown
signing-status-valid = valid
signing-status-changed = INVALID: the document was changed after it was signed
signing-status-bad-signature = INVALID: the signature does not match the certificate
signing-status-malformed = INVALID: the signature cannot be read ({ $reason })
signing-status-unsupported = cannot be checked here ({ $what })
signing-coverage-whole = the whole file
signing-coverage-later = up to the end of its revision; bytes { $from }–{ $to } were added after this signature
signing-coverage-broken = INVALID: the signed bytes do not reach the end of a revision

signing-error-io = Cannot use the key folder { $path }: { $reason }
signing-error-damaged = The key file { $path } is damaged ({ $problem }). It was not replaced: a new certificate would not match the one partners have imported. Restore the “keys” folder from a copy.
signing-error-role = “{ $role }” cannot name a signer: use lowercase letters, digits and “-”.
signing-error-no-name = The signer has no name in the dialogue. Fill in the focal point or the high-level representative first.
signing-error-not-pdf = This is not a PDF that can be signed ({ $reason }).
signing-error-not-pdf-file = { $path } is not a PDF ({ $reason }).
signing-error-encrypted = The PDF is encrypted; Concord signs only documents without a password.
signing-error-crypto = The signature could not be made: { $reason }
