-- The dialogue: city, partner, focal point (CNSC form), high-level representative, decision rule.
CREATE TABLE dialogue (
    id                       INTEGER PRIMARY KEY,
    city_zh                  TEXT NOT NULL,
    city_en                  TEXT NOT NULL,
    economy                  TEXT NOT NULL,
    partner_city_zh          TEXT NOT NULL DEFAULT '',
    partner_city_en          TEXT NOT NULL DEFAULT '',
    fp_family_name           TEXT NOT NULL,
    fp_first_name            TEXT NOT NULL,
    fp_title                 TEXT NOT NULL,
    fp_administration        TEXT NOT NULL,
    fp_economy               TEXT NOT NULL,
    fp_postal_address        TEXT NOT NULL,
    fp_email                 TEXT NOT NULL,
    fp_mobile                TEXT NOT NULL DEFAULT '',
    fp_fax                   TEXT NOT NULL DEFAULT '',
    fp_assistant_name        TEXT NOT NULL DEFAULT '',
    fp_assistant_email       TEXT NOT NULL DEFAULT '',
    hlr_name                 TEXT NOT NULL,
    hlr_title                TEXT NOT NULL,
    rule_quorum_percent      INTEGER NOT NULL DEFAULT 50 CHECK (rule_quorum_percent BETWEEN 1 AND 100),
    rule_kind                TEXT NOT NULL DEFAULT 'unanimity'
        CHECK (rule_kind IN ('unanimity', 'consensus-minus', 'supermajority', 'simple-majority')),
    rule_allowed_objections  INTEGER NOT NULL DEFAULT 1,
    rule_supermajority_num   INTEGER NOT NULL DEFAULT 2,
    rule_supermajority_den   INTEGER NOT NULL DEFAULT 3,
    rule_max_failed_rounds   INTEGER NOT NULL DEFAULT 3,
    rule_anonymous           INTEGER NOT NULL DEFAULT 0
);

-- Preferences of this installation, such as the interface language.
CREATE TABLE setting (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
