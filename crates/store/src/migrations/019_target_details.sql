-- Targets gain what the seed and the GHG Protocol Mitigation Goal Standard ask of them: the kind
-- of goal (and its per cent where the kind has one), the SDGs served and the advantages for the
-- community in both languages. A target set becomes a revision: an import replaces the proposals
-- of the open revision (one after the latest adopted), a decided question adopts that revision
-- and freezes it, and a change to an adopted set is a new revision adopted again.
--
-- The table is rebuilt because its uniqueness changes. Rows already adopted become revision 1
-- (whatever question adopted them: together they were the adopted set); proposals join revision
-- 1 when nothing was adopted, revision 2 otherwise. Rows keep their id; kind 'fixed-level'.

CREATE TABLE target_rebuilt (
    id                      INTEGER PRIMARY KEY,
    dialogue_id             INTEGER NOT NULL REFERENCES dialogue(id),
    revision                INTEGER NOT NULL CHECK (revision >= 1),
    subject                 TEXT NOT NULL CHECK (length(trim(subject)) > 0),
    baseline_year           INTEGER NOT NULL CHECK (baseline_year BETWEEN 1990 AND 2100),
    baseline_value          REAL NOT NULL,
    target_year             INTEGER NOT NULL CHECK (target_year BETWEEN 1990 AND 2100),
    -- Always the resolved value, in the subject's unit, whatever the kind.
    target_value            REAL NOT NULL,
    kind                    TEXT NOT NULL DEFAULT 'fixed-level',
    -- The reduction in per cent for the kinds that have one (negative: an increase).
    percent                 REAL,
    -- A JSON array of goal numbers 1-17.
    sdgs                    TEXT NOT NULL DEFAULT '[]',
    advantages_zh           TEXT NOT NULL DEFAULT '',
    advantages_en           TEXT NOT NULL DEFAULT '',
    adopted_by_question_id  INTEGER REFERENCES question(id),
    adopted_at              TEXT,
    created_at              TEXT NOT NULL,
    CHECK (target_year > baseline_year),
    CHECK ((adopted_by_question_id IS NULL) = (adopted_at IS NULL)),
    UNIQUE (dialogue_id, revision, subject, target_year)
);

INSERT INTO target_rebuilt (id, dialogue_id, revision, subject, baseline_year, baseline_value,
    target_year, target_value, adopted_by_question_id, adopted_at, created_at)
SELECT t.id, t.dialogue_id,
       CASE WHEN t.adopted_by_question_id IS NOT NULL
              OR NOT EXISTS (SELECT 1 FROM target a WHERE a.dialogue_id = t.dialogue_id
                               AND a.adopted_by_question_id IS NOT NULL)
            THEN 1 ELSE 2 END,
       t.subject, t.baseline_year, t.baseline_value, t.target_year, t.target_value,
       t.adopted_by_question_id, t.adopted_at, t.created_at
FROM target t;

-- Dropping the table drops its triggers first, so the frozen rows' delete trigger stays quiet.
DROP TABLE target;
ALTER TABLE target_rebuilt RENAME TO target;

CREATE INDEX target_by_revision ON target (dialogue_id, revision);

-- A row is born a proposal, of a known kind, with goals 1-17, in the open revision.
CREATE TRIGGER target_adopted_insert BEFORE INSERT ON target
WHEN NEW.adopted_by_question_id IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'concord: target adoption refused');
END;

CREATE TRIGGER target_revision_insert BEFORE INSERT ON target
WHEN NEW.revision <= (SELECT coalesce(max(revision), 0) FROM target
                      WHERE dialogue_id = NEW.dialogue_id
                        AND adopted_by_question_id IS NOT NULL)
BEGIN
    SELECT RAISE(ABORT, 'concord: target frozen');
END;

CREATE TRIGGER target_kind_insert BEFORE INSERT ON target
WHEN NEW.kind IS NULL OR NEW.kind NOT IN
        ('base-year-reduction', 'fixed-level', 'base-year-intensity', 'below-bau')
  OR (NEW.kind = 'fixed-level' AND NEW.percent IS NOT NULL)
  OR (NEW.percent IS NOT NULL AND (typeof(NEW.percent) NOT IN ('integer', 'real')
                                   OR NEW.percent < -1000 OR NEW.percent > 100))
BEGIN
    SELECT RAISE(ABORT, 'concord: target kind unknown');
END;

CREATE TRIGGER target_kind_update BEFORE UPDATE OF kind, percent ON target
WHEN NEW.kind IS NULL OR NEW.kind NOT IN
        ('base-year-reduction', 'fixed-level', 'base-year-intensity', 'below-bau')
  OR (NEW.kind = 'fixed-level' AND NEW.percent IS NOT NULL)
  OR (NEW.percent IS NOT NULL AND (typeof(NEW.percent) NOT IN ('integer', 'real')
                                   OR NEW.percent < -1000 OR NEW.percent > 100))
BEGIN
    SELECT RAISE(ABORT, 'concord: target kind unknown');
END;

CREATE TRIGGER target_sdgs_insert BEFORE INSERT ON target
WHEN NEW.sdgs IS NULL OR NOT json_valid(NEW.sdgs) OR json_type(NEW.sdgs) <> 'array'
  OR EXISTS (SELECT 1 FROM json_each(NEW.sdgs)
             WHERE type <> 'integer' OR value < 1 OR value > 17)
BEGIN
    SELECT RAISE(ABORT, 'concord: target sdgs out of range');
END;

CREATE TRIGGER target_sdgs_update BEFORE UPDATE OF sdgs ON target
WHEN NEW.sdgs IS NULL OR NOT json_valid(NEW.sdgs) OR json_type(NEW.sdgs) <> 'array'
  OR EXISTS (SELECT 1 FROM json_each(NEW.sdgs)
             WHERE type <> 'integer' OR value < 1 OR value > 17)
BEGIN
    SELECT RAISE(ABORT, 'concord: target sdgs out of range');
END;

-- Adoption only by a question that was decided and adopted; one question adopts one revision,
-- and a revision is adopted by one question.
CREATE TRIGGER target_adoption BEFORE UPDATE OF adopted_by_question_id ON target
WHEN OLD.adopted_by_question_id IS NULL AND NEW.adopted_by_question_id IS NOT NULL
 AND (NOT EXISTS (SELECT 1 FROM question
                  WHERE id = NEW.adopted_by_question_id AND state = 'decided' AND adopted = 1)
      OR EXISTS (SELECT 1 FROM target o
                 WHERE o.dialogue_id = NEW.dialogue_id AND o.adopted_by_question_id IS NOT NULL
                   AND ((o.revision = NEW.revision
                         AND o.adopted_by_question_id <> NEW.adopted_by_question_id)
                     OR (o.revision <> NEW.revision
                         AND o.adopted_by_question_id = NEW.adopted_by_question_id))))
BEGIN
    SELECT RAISE(ABORT, 'concord: target adoption refused');
END;

-- An adopted row never changes and is never deleted.
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

-- A proposal cannot be moved into a revision already adopted, nor keep a revision that an
-- adoption has since closed.
CREATE TRIGGER target_revision_update BEFORE UPDATE OF revision, dialogue_id ON target
WHEN NEW.revision <= (SELECT coalesce(max(revision), 0) FROM target
                      WHERE dialogue_id = NEW.dialogue_id
                        AND adopted_by_question_id IS NOT NULL)
BEGIN
    SELECT RAISE(ABORT, 'concord: target frozen');
END;
