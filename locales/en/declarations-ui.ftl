## The Documents stage: declarations, drawn signatures, preview and export.

decl-ui-title = Documents
decl-ui-lead = Declarations the city signs: the CNSC membership declaration, filled from the focal point's form, and commitments made from a template. Each signer draws a signature in turn; the PDF can also be signed digitally.
decl-ui-list-title = Declarations
decl-ui-empty = There is no declaration yet.
decl-ui-kind-membership = Membership declaration
decl-ui-kind-custom = Declaration
decl-ui-open = Open
decl-ui-back = ← Back to the documents
decl-ui-create-membership = Prepare the membership declaration
decl-ui-new-from-template = New declaration from a template
decl-ui-template-circular-economy = Circular-economy commitment
decl-ui-signed-count = Signed by { $signed } of { $total }
decl-ui-date-place = { $place }, { $date }
decl-ui-no-date = not dated

## The membership form check.

decl-ui-form-title = The focal point's form
decl-ui-form-ok = Every field of the membership form is filled in.
decl-ui-form-problems = { $count ->
    [one] One field of the membership form needs attention before the declaration can be exported:
   *[other] { $count } fields of the membership form need attention before the declaration can be exported:
}
decl-ui-form-incomplete = The focal point's membership form is incomplete ({ $count ->
    [one] { $count } field
   *[other] { $count } fields
}), so nothing was exported. Complete them in the dialogue form.
decl-ui-fix = Fix in the dialogue form
decl-ui-problem = { $label }: { $message }

## Signatures.

decl-ui-signers-title = Signatures
decl-ui-signer-signed = Signed { $time }
decl-ui-signer-next = Signs next
decl-ui-signer-waiting = Waits for { $name }
decl-ui-all-signed = Everyone has signed.
decl-ui-now-signing = Now signing: { $name }
decl-ui-now-signing-role = { $role }
decl-ui-pad-label = Signature box for { $name }. Draw with the mouse, a finger or a pen.
decl-ui-pad-hint = Draw the signature in the box, then press Sign. Delete clears the box.
decl-ui-pad-clear = Clear
decl-ui-pad-sign = Sign
decl-ui-pad-empty = Draw a signature in the box first.
decl-ui-pad-full = The box is full: clear it and sign again.
decl-ui-signed-toast = { $name } has signed.
decl-ui-clear-signature = Remove signature
decl-ui-cleared-toast = The signature of { $name } was removed.
decl-ui-signature-of = Signature of { $name }

## Preview.

decl-ui-preview-title = Preview
decl-ui-preview-note = The same text and layout blocks as the PDF; page breaks are in the PDF only.
decl-ui-lang-en = English
decl-ui-lang-zh = 中文
decl-ui-lang-bilingual = Bilingual

## Export.

decl-ui-export-title = Export as PDF
decl-ui-export-language = Language of the document
decl-ui-sign-digitally = Sign digitally
decl-ui-sign-digitally-hint = A PAdES signature with the city's own certificate; the certificate's fingerprint is printed in the footer.
decl-ui-digital-signer = Who signs digitally
decl-ui-digital-focal-point = The focal point
decl-ui-digital-representative = The high-level representative
decl-ui-export = Export PDF
decl-ui-exported = Saved { $path } ({ $pages ->
    [one] one page
   *[other] { $pages } pages
}).
decl-ui-exported-signed = Saved and signed { $path } ({ $pages ->
    [one] one page
   *[other] { $pages } pages
}).

## The city's certificate.

decl-ui-cert-title = The city's certificate
decl-ui-cert-body = Partners import this certificate once to see the city's digital signatures as trusted. Compare the fingerprint with them by telephone or in person.
decl-ui-cert-fingerprint = Fingerprint (SHA-256)
decl-ui-cert-loading = Reading the certificate…
decl-ui-cert-export = Export certificate (PEM)
decl-ui-cert-exported = Saved the city's certificate to { $path }.

## The declaration editor.

decl-ui-editor-new = New declaration
decl-ui-editor-edit = Edit the declaration
decl-ui-edit = Edit
decl-ui-edit-signed = Signed declarations cannot be changed; remove the signatures first.
decl-ui-field-title-zh = Title in Chinese
decl-ui-field-title-en = Title in English
decl-ui-field-place-zh = Place in Chinese
decl-ui-field-place-en = Place in English
decl-ui-field-date = Date
decl-ui-sections-title = Text
decl-ui-section = Section { $number }
decl-ui-field-heading-zh = Heading in Chinese
decl-ui-field-heading-en = Heading in English
decl-ui-field-numbered = Number this section
decl-ui-paragraph = Paragraph { $number }
decl-ui-field-zh = Chinese
decl-ui-field-en = English
decl-ui-field-bullet = List item
decl-ui-add-paragraph = Add a paragraph
decl-ui-add-section = Add a section
decl-ui-remove = Remove
decl-ui-move-up = Move up
decl-ui-move-down = Move down
decl-ui-signers-edit-title = Signers, in signing order
decl-ui-signer-number = Signer { $number }
decl-ui-field-role = Role key
decl-ui-field-role-hint = A short key such as focal-point, high-level-rep or partner-mayor.
decl-ui-field-name = Name
decl-ui-field-signer-title = Title
decl-ui-add-signer = Add a signer
decl-ui-save = Save
decl-ui-cancel = Cancel
decl-ui-saved = The declaration was saved.
decl-ui-errors-title = { $count ->
    [one] One problem to fix:
   *[other] { $count } problems to fix:
}
decl-ui-field-sections = The text
decl-ui-field-signers = The signers
