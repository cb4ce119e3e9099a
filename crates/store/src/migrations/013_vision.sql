-- The Vision: numbered versions of a bilingual text in sections and paragraphs, stakeholders'
-- amendments to a paragraph of a draft, and adoption by a decided consensus question whose
-- outcome adopted. As approved minutes (006) and adopted scenarios (009), an adopted version is
-- frozen by the schema itself: no code path and no other SQLite tool can change it or its text.

CREATE TABLE vision_version (
    id                      INTEGER PRIMARY KEY,
    dialogue_id             INTEGER NOT NULL REFERENCES dialogue(id),
    number                  INTEGER NOT NULL CHECK (number >= 1),
    state                   TEXT NOT NULL DEFAULT 'draft'
                                CHECK (state IN ('draft', 'adopted', 'superseded')),
    note                    TEXT NOT NULL DEFAULT '',
    created_by              TEXT NOT NULL,
    created_at              TEXT NOT NULL,
    neutrality_year         INTEGER,
    -- The SDGs by number, comma-separated and sorted: "4,6,7".
    sdgs                    TEXT NOT NULL DEFAULT '',
    -- The key the next new paragraph gets; keys are never reused.
    next_key                INTEGER NOT NULL CHECK (next_key >= 1),
    adopted_by_question_id  INTEGER UNIQUE REFERENCES question(id),
    adopted_at              TEXT,
    UNIQUE (dialogue_id, number),
    CHECK ((adopted_by_question_id IS NULL) = (adopted_at IS NULL)),
    CHECK ((state = 'draft') = (adopted_by_question_id IS NULL))
);
-- One adopted version per dialogue; the one adopted before is superseded.
CREATE UNIQUE INDEX vision_version_one_adopted ON vision_version(dialogue_id)
    WHERE state = 'adopted';

CREATE TABLE vision_section (
    id          INTEGER PRIMARY KEY,
    version_id  INTEGER NOT NULL REFERENCES vision_version(id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN
                    ('purpose', 'core-values', 'long-term-goals', 'sdgs', 'commitments', 'free')),
    title_zh    TEXT NOT NULL DEFAULT '',
    title_en    TEXT NOT NULL DEFAULT '',
    UNIQUE (version_id, position),
    UNIQUE (id, version_id),
    CHECK (kind = 'free' OR (title_zh = '' AND title_en = ''))
);
-- The five standard sections exist once in a version.
CREATE UNIQUE INDEX vision_section_standard_once ON vision_section(version_id, kind)
    WHERE kind != 'free';

CREATE TABLE vision_paragraph (
    id                  INTEGER PRIMARY KEY,
    section_id          INTEGER NOT NULL,
    version_id          INTEGER NOT NULL REFERENCES vision_version(id) ON DELETE CASCADE,
    position            INTEGER NOT NULL,
    -- The paragraph's identity across versions (`ParagraphKey`).
    key                 INTEGER NOT NULL CHECK (key >= 1),
    text_zh             TEXT NOT NULL DEFAULT '',
    text_en             TEXT NOT NULL DEFAULT '',
    not_yet_translated  INTEGER NOT NULL DEFAULT 0 CHECK (not_yet_translated IN (0, 1)),
    FOREIGN KEY (section_id, version_id) REFERENCES vision_section(id, version_id)
        ON DELETE CASCADE,
    UNIQUE (section_id, position),
    UNIQUE (version_id, key)
);
CREATE INDEX vision_paragraph_version ON vision_paragraph(version_id);

-- A stakeholder's proposed new text for one paragraph of a draft, and how it was settled:
-- accepted or rejected by a decided question's outcome, or accepted as an editorial correction
-- by the focal point with a reason.
CREATE TABLE vision_amendment (
    id                INTEGER PRIMARY KEY,
    paragraph_id      INTEGER NOT NULL REFERENCES vision_paragraph(id),
    proposed_by       INTEGER NOT NULL REFERENCES stakeholder(id),
    proposed_at       TEXT NOT NULL,
    -- NULL leaves that language as it is.
    text_zh           TEXT,
    text_en           TEXT,
    reason            TEXT NOT NULL CHECK (length(trim(reason)) > 0),
    status            TEXT NOT NULL DEFAULT 'pending'
                          CHECK (status IN ('pending', 'accepted', 'rejected', 'editorial')),
    question_id       INTEGER REFERENCES question(id),
    -- The question's Outcome::key() when a question settled it.
    outcome           TEXT,
    editorial_reason  TEXT,
    settled_at        TEXT,
    CHECK (text_zh IS NOT NULL OR text_en IS NOT NULL),
    CHECK ((status = 'pending') = (settled_at IS NULL)),
    CHECK ((status IN ('accepted', 'rejected')) = (question_id IS NOT NULL)),
    CHECK ((status IN ('accepted', 'rejected')) = (outcome IS NOT NULL)),
    CHECK ((status = 'editorial') = (editorial_reason IS NOT NULL)),
    CHECK (editorial_reason IS NULL OR length(trim(editorial_reason)) > 0)
);
CREATE INDEX vision_amendment_paragraph ON vision_amendment(paragraph_id);

-- Adoption: only by a decided question whose outcome adopted, and only from a draft.
CREATE TRIGGER vision_version_insert BEFORE INSERT ON vision_version
WHEN NEW.state != 'draft' OR NEW.adopted_by_question_id IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'concord: vision adoption refused');
END;

CREATE TRIGGER vision_version_adoption BEFORE UPDATE OF state, adopted_by_question_id
ON vision_version
WHEN OLD.state = 'draft' AND (NEW.state != 'draft' OR NEW.adopted_by_question_id IS NOT NULL)
 AND (NEW.state != 'adopted'
      OR NOT EXISTS (SELECT 1 FROM question
                     WHERE id = NEW.adopted_by_question_id AND state = 'decided' AND adopted = 1))
BEGIN
    SELECT RAISE(ABORT, 'concord: vision adoption refused');
END;

-- An adopted or superseded version never changes, but for the adopted one becoming superseded
-- (and nothing else about it) when a later version is adopted.
CREATE TRIGGER vision_version_frozen_update BEFORE UPDATE ON vision_version
WHEN OLD.state != 'draft'
 AND NOT (OLD.state = 'adopted' AND NEW.state = 'superseded'
          AND NEW.id = OLD.id AND NEW.dialogue_id = OLD.dialogue_id
          AND NEW.number = OLD.number AND NEW.note = OLD.note
          AND NEW.created_by = OLD.created_by AND NEW.created_at = OLD.created_at
          AND NEW.neutrality_year IS OLD.neutrality_year AND NEW.sdgs = OLD.sdgs
          AND NEW.next_key = OLD.next_key
          AND NEW.adopted_by_question_id = OLD.adopted_by_question_id
          AND NEW.adopted_at = OLD.adopted_at)
BEGIN
    SELECT RAISE(ABORT, 'concord: vision frozen');
END;

CREATE TRIGGER vision_version_frozen_delete BEFORE DELETE ON vision_version
WHEN OLD.state != 'draft'
BEGIN
    SELECT RAISE(ABORT, 'concord: vision frozen');
END;

CREATE TRIGGER vision_section_frozen_insert BEFORE INSERT ON vision_section
WHEN EXISTS (SELECT 1 FROM vision_version WHERE id = NEW.version_id AND state != 'draft')
BEGIN
    SELECT RAISE(ABORT, 'concord: vision frozen');
END;

CREATE TRIGGER vision_section_frozen_update BEFORE UPDATE ON vision_section
WHEN EXISTS (SELECT 1 FROM vision_version WHERE id IN (OLD.version_id, NEW.version_id)
             AND state != 'draft')
BEGIN
    SELECT RAISE(ABORT, 'concord: vision frozen');
END;

CREATE TRIGGER vision_section_frozen_delete BEFORE DELETE ON vision_section
WHEN EXISTS (SELECT 1 FROM vision_version WHERE id = OLD.version_id AND state != 'draft')
BEGIN
    SELECT RAISE(ABORT, 'concord: vision frozen');
END;

CREATE TRIGGER vision_paragraph_frozen_insert BEFORE INSERT ON vision_paragraph
WHEN EXISTS (SELECT 1 FROM vision_version WHERE id = NEW.version_id AND state != 'draft')
BEGIN
    SELECT RAISE(ABORT, 'concord: vision frozen');
END;

CREATE TRIGGER vision_paragraph_frozen_update BEFORE UPDATE ON vision_paragraph
WHEN EXISTS (SELECT 1 FROM vision_version WHERE id IN (OLD.version_id, NEW.version_id)
             AND state != 'draft')
BEGIN
    SELECT RAISE(ABORT, 'concord: vision frozen');
END;

CREATE TRIGGER vision_paragraph_frozen_delete BEFORE DELETE ON vision_paragraph
WHEN EXISTS (SELECT 1 FROM vision_version WHERE id = OLD.version_id AND state != 'draft')
BEGIN
    SELECT RAISE(ABORT, 'concord: vision frozen');
END;

-- Amendments are proposed to drafts only, start pending and are settled once: by a decided
-- question (accepted exactly when it adopted) or editorially with a reason.
CREATE TRIGGER vision_amendment_insert BEFORE INSERT ON vision_amendment
WHEN NOT EXISTS (SELECT 1 FROM vision_paragraph p JOIN vision_version v ON v.id = p.version_id
                 WHERE p.id = NEW.paragraph_id AND v.state = 'draft')
BEGIN
    SELECT RAISE(ABORT, 'concord: vision amendment to a frozen version');
END;

CREATE TRIGGER vision_amendment_insert_pending BEFORE INSERT ON vision_amendment
WHEN NEW.status != 'pending'
BEGIN
    SELECT RAISE(ABORT, 'concord: vision amendment settled');
END;

CREATE TRIGGER vision_amendment_settled BEFORE UPDATE ON vision_amendment
WHEN OLD.status != 'pending'
  OR NEW.id != OLD.id OR NEW.paragraph_id != OLD.paragraph_id
  OR NEW.proposed_by != OLD.proposed_by OR NEW.proposed_at != OLD.proposed_at
  OR NEW.text_zh IS NOT OLD.text_zh OR NEW.text_en IS NOT OLD.text_en
  OR NEW.reason != OLD.reason
BEGIN
    SELECT RAISE(ABORT, 'concord: vision amendment settled');
END;

CREATE TRIGGER vision_amendment_by_question BEFORE UPDATE OF status ON vision_amendment
WHEN OLD.status = 'pending' AND NEW.status IN ('accepted', 'rejected')
 AND NOT EXISTS (SELECT 1 FROM question
                 WHERE id = NEW.question_id AND state = 'decided'
                   AND adopted = (NEW.status = 'accepted') AND outcome = NEW.outcome)
BEGIN
    SELECT RAISE(ABORT, 'concord: vision amendment settlement refused');
END;

CREATE TRIGGER vision_amendment_frozen_delete BEFORE DELETE ON vision_amendment
WHEN OLD.status != 'pending'
  OR EXISTS (SELECT 1 FROM vision_paragraph p JOIN vision_version v ON v.id = p.version_id
             WHERE p.id = OLD.paragraph_id AND v.state != 'draft')
BEGIN
    SELECT RAISE(ABORT, 'concord: vision amendment settled');
END;
