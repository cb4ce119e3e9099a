-- The stakeholder register (minimal; later migrations add groups represented, consent, contacts).
CREATE TABLE stakeholder (
    id               INTEGER PRIMARY KEY,
    dialogue_id      INTEGER NOT NULL REFERENCES dialogue(id),
    name_zh          TEXT NOT NULL DEFAULT '',
    name_en          TEXT NOT NULL DEFAULT '',
    organisation_zh  TEXT NOT NULL DEFAULT '',
    organisation_en  TEXT NOT NULL DEFAULT '',
    sector           TEXT NOT NULL,
    helix            TEXT NOT NULL,
    role             TEXT NOT NULL,
    email            TEXT NOT NULL DEFAULT '',
    withdrawn        INTEGER NOT NULL DEFAULT 0,
    CHECK (name_zh <> '' OR name_en <> '')
);
CREATE INDEX stakeholder_dialogue ON stakeholder(dialogue_id);
