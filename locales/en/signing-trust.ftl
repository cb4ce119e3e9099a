## concord verify: which certificate authorities are trusted, whom each signature is trusted
## as, and what every revision after the first signature changed.

signing-trust-authorities = Trusted certificate authorities:
signing-trust-authority-city = { "  " }city CA “{ $name }” { $fingerprint } ({ $path })
signing-trust-authority-partner = { "  " }partner CA “{ $name }” { $fingerprint } ({ $path })
signing-trust-authorities-none = { "  " }none: there is no city CA at { $path } and no --trust FILE.pem was given
signing-trust-none = none

signing-trust-report = { "  " }Trust: { $trust }
signing-trust-trusted-city = trusted: issued by the city CA “{ $name }” { $fingerprint }
signing-trust-trusted-partner = trusted: issued by the partner CA “{ $name }” { $fingerprint }
signing-trust-same-name = NOT TRUSTED: certificate not issued by the trusted CA “{ $issuer }” { $trusted }; another key using the same name issued it: { $presented }. Trusted CAs: { $authorities }
signing-trust-unknown-issuer = NOT TRUSTED: certificate issued by “{ $issuer }” ({ $presented }), which is not a trusted CA. Trusted CAs: { $authorities }
signing-trust-no-certificate = NOT TRUSTED: the signature carries no certificate to check
signing-trust-outside-validity = NOT TRUSTED: the certificate of “{ $subject }” is valid from { $from } to { $to }, not at { $at }
signing-trust-not-checked = not checked
signing-trust-changed-after = { "  " }Changed after this signature: revision { $revisions }

signing-trust-revisions = Revisions after the first signature:
signing-trust-revision-adds = { "  " }Revision { $number } (bytes { $from }–{ $to }): only adds signature { $signature }
signing-trust-revision-unchanged = { "  " }Revision { $number } (bytes { $from }–{ $to }, not signed): changes nothing
signing-trust-revision-changed = { "  " }Revision { $number } (bytes { $from }–{ $to }, { $signed }): CHANGES THE CONTENT: { $changes }
signing-trust-revision-signed = with signature { $signature }
signing-trust-revision-unsigned = not signed
signing-trust-change-unreadable = it cannot be read ({ $reason })
signing-trust-change-catalog-replaced = the document catalog was replaced
signing-trust-change-pages = the pages changed ({ $before } before, { $after } after)
signing-trust-change-changed = { $role } (object { $object }) changed: { $keys }
signing-trust-change-added = new object { $object } ({ $kind })
signing-trust-change-removed = object { $object } ({ $kind }) removed
signing-trust-role-catalog = the document catalog
signing-trust-role-form = the form
signing-trust-role-page = page { $page }
signing-trust-role-page-content = the content of page { $page }
signing-trust-role-other = { $kind }

signing-trust-verify-ok = { $count ->
    [one] The signature is valid, from a trusted CA, and covers the whole file.
   *[other] All { $count } signatures are valid and from trusted CAs, later revisions only add signatures, and the whole file is signed.
}

signing-trust-error-no-certificate = { $path } holds no certificate in PEM form ({ $reason }).
signing-trust-error-not-authority = { $path } is not a certificate authority's certificate (it may not issue certificates), so it cannot vouch for signers. Ask the partner city for the file that “concord export certificate” writes.
signing-error-keys-busy = Another signing has held the key folder { $path } for { $seconds ->
    [one] one second
   *[other] { $seconds } seconds
}. Try again when it has finished; nothing was changed.
