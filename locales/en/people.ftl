# Where a person's text exists in one language only, the document says so beside it.
doc-original-only-zh = (Chinese original only)
doc-original-only-en = (English original only)

# The membership form's fields kept in both languages, as a refusal names them.
decl-form-family-name-zh = Family name in Chinese
decl-form-family-name-en = Family name in English
decl-form-first-name-zh = First name in Chinese
decl-form-first-name-en = First name in English
decl-form-title-zh = Title in Chinese
decl-form-title-en = Title in English
decl-form-administration-zh = Local administration in Chinese
decl-form-administration-en = Local administration in English
decl-form-postal-address-zh = Postal address in Chinese
decl-form-postal-address-en = Postal address in English
decl-form-assistant-name-zh = Name of an assistant in Chinese
decl-form-assistant-name-en = Name of an assistant in English

# The dialogue form: each of these texts in both languages.
field-family-name-zh = Family name in Chinese
field-family-name-en = Family name, romanized
field-first-name-zh = First name in Chinese
field-first-name-en = First name, romanized
field-title-zh = Title in Chinese
field-title-en = Title in English
field-administration-zh = Local administration in Chinese
field-administration-en = Local administration in English
field-postal-address-zh = Postal address in Chinese
field-postal-address-en = Postal address in English
field-assistant-name-zh = Assistant’s name in Chinese
field-assistant-name-en = Assistant’s name, romanized
field-hlr-name-zh = Representative’s name in Chinese
field-hlr-name-en = Representative’s name, romanized
field-hlr-title-zh = Representative’s title in Chinese
field-hlr-title-en = Representative’s title in English
