-- Targets for 2030 and mid-century: one row per subject (an indicator's code or a BAU series)
-- and target year, with the baseline it starts from. Imported targets are proposals until a
-- decided consensus question adopts the set; from then on the schema refuses any change.

CREATE TABLE target (
    id                      INTEGER PRIMARY KEY,
    dialogue_id             INTEGER NOT NULL REFERENCES dialogue(id),
    subject                 TEXT NOT NULL CHECK (length(trim(subject)) > 0),
    baseline_year           INTEGER NOT NULL CHECK (baseline_year BETWEEN 1990 AND 2100),
    baseline_value          REAL NOT NULL,
    target_year             INTEGER NOT NULL CHECK (target_year BETWEEN 1990 AND 2100),
    target_value            REAL NOT NULL,
    adopted_by_question_id  INTEGER REFERENCES question(id),
    adopted_at              TEXT,
    created_at              TEXT NOT NULL,
    CHECK (target_year > baseline_year),
    CHECK ((adopted_by_question_id IS NULL) = (adopted_at IS NULL)),
    UNIQUE (dialogue_id, subject, target_year)
);

CREATE TRIGGER target_adopted_insert BEFORE INSERT ON target
WHEN NEW.adopted_by_question_id IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'concord: target adoption refused');
END;

CREATE TRIGGER target_adoption BEFORE UPDATE OF adopted_by_question_id ON target
WHEN OLD.adopted_by_question_id IS NULL AND NEW.adopted_by_question_id IS NOT NULL
 AND NOT EXISTS (SELECT 1 FROM question
                 WHERE id = NEW.adopted_by_question_id AND state = 'decided' AND adopted = 1)
BEGIN
    SELECT RAISE(ABORT, 'concord: target adoption refused');
END;

CREATE TRIGGER target_frozen_update BEFORE UPDATE ON target
WHEN OLD.adopted_by_question_id IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'concord: target frozen');
END;

CREATE TRIGGER target_frozen_delete BEFORE DELETE ON target
WHEN OLD.adopted_by_question_id IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'concord: target frozen');
END;
