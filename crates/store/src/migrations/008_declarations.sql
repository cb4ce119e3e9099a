-- Declarations and drawn signatures.

-- A declaration of the dialogue: the CNSC membership declaration (its text is fixed; the row
-- holds place, date and signers) or a custom one, whose sections are JSON:
-- [{ "headingZh", "headingEn", "numbered", "paragraphs": [{ "zh", "en", "bullet" }] }].
-- Signers, in signing order, are JSON: [{ "role", "name", "title" }].
CREATE TABLE declaration (
    id          INTEGER PRIMARY KEY,
    dialogue_id INTEGER NOT NULL REFERENCES dialogue(id),
    kind        TEXT NOT NULL CHECK (kind IN ('membership', 'custom')),
    title_zh    TEXT NOT NULL DEFAULT '',
    title_en    TEXT NOT NULL DEFAULT '',
    body        TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(body)),
    signers     TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(signers)),
    place_zh    TEXT NOT NULL DEFAULT '',
    place_en    TEXT NOT NULL DEFAULT '',
    date        TEXT,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);

CREATE INDEX declaration_by_kind ON declaration (dialogue_id, kind);

-- The signature one signer drew on one declaration: strokes of points normalised to 0..1,
-- as JSON [[[x, y], …], …]. One per signer per declaration; drawing again replaces it.
CREATE TABLE drawn_signature (
    id             INTEGER PRIMARY KEY,
    declaration_id INTEGER NOT NULL REFERENCES declaration(id) ON DELETE CASCADE,
    signer_role    TEXT NOT NULL,
    signer_name    TEXT NOT NULL,
    strokes        TEXT NOT NULL CHECK (json_valid(strokes)),
    signed_at      TEXT NOT NULL,
    UNIQUE (declaration_id, signer_role)
);
