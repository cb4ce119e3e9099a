-- Consensus questions, their rounds and positions. What was decided is enforced here, so no
-- code path (and no other SQLite tool going through this schema) can rewrite it: the positions
-- and counts of a closed round, the rule once the first round opened, a decided question, and
-- everything of a meeting whose minutes are approved.

CREATE TABLE question (
    id                       INTEGER PRIMARY KEY,
    meeting_id               INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
    agenda_item_id           INTEGER REFERENCES agenda_item(id) ON DELETE SET NULL,
    position                 INTEGER NOT NULL,
    text_zh                  TEXT NOT NULL DEFAULT '',
    text_en                  TEXT NOT NULL DEFAULT '',
    subject_kind             TEXT CHECK (subject_kind IN ('vision-version', 'target-set', 'measure')),
    subject_id               INTEGER,
    -- The rule: set when overridden, and fixed (copied from the dialogue if not overridden)
    -- when the first round opens. All NULL means "the dialogue's rule".
    rule_overridden          INTEGER NOT NULL DEFAULT 0,
    rule_kind                TEXT CHECK (rule_kind IN
                                 ('unanimity', 'consensus-minus', 'supermajority', 'simple-majority')),
    rule_quorum_percent      INTEGER,
    rule_allowed_objections  INTEGER,
    rule_supermajority_num   INTEGER,
    rule_supermajority_den   INTEGER,
    rule_max_failed_rounds   INTEGER,
    rule_anonymous           INTEGER,
    state                    TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'decided')),
    -- How it was settled: Outcome::key() of the domain.
    outcome                  TEXT,
    adopted                  INTEGER,
    casting_vote             INTEGER,
    casting_vote_at          TEXT,
    focal_point_adopt        INTEGER,
    focal_point_rationale    TEXT,
    focal_point_at           TEXT,
    decided_at               TEXT,
    created_at               TEXT NOT NULL,
    UNIQUE (meeting_id, position),
    CHECK ((subject_kind IS NULL) = (subject_id IS NULL)),
    CHECK ((rule_kind IS NULL) = (rule_quorum_percent IS NULL)
       AND (rule_kind IS NULL) = (rule_allowed_objections IS NULL)
       AND (rule_kind IS NULL) = (rule_supermajority_num IS NULL)
       AND (rule_kind IS NULL) = (rule_supermajority_den IS NULL)
       AND (rule_kind IS NULL) = (rule_max_failed_rounds IS NULL)
       AND (rule_kind IS NULL) = (rule_anonymous IS NULL)),
    CHECK ((state = 'decided') = (outcome IS NOT NULL AND decided_at IS NOT NULL)),
    -- The focal point's decision always carries its written rationale.
    CHECK (focal_point_adopt IS NULL OR length(trim(coalesce(focal_point_rationale, ''))) > 0)
);
CREATE INDEX question_meeting ON question(meeting_id);

CREATE TABLE question_round (
    id           INTEGER PRIMARY KEY,
    question_id  INTEGER NOT NULL REFERENCES question(id) ON DELETE CASCADE,
    number       INTEGER NOT NULL CHECK (number >= 1),
    -- The amended text put to this round; empty when the question's text stands.
    text_zh      TEXT NOT NULL DEFAULT '',
    text_en      TEXT NOT NULL DEFAULT '',
    opened_at    TEXT NOT NULL,
    closed_at    TEXT,
    -- Voting members present (in the room or by proxy) and in all; final when closed.
    present      INTEGER NOT NULL,
    total        INTEGER NOT NULL,
    consent      INTEGER,
    stand_aside  INTEGER,
    object       INTEGER,
    verdict      TEXT CHECK (verdict IN ('adopted', 'not-adopted', 'tie', 'no-quorum')),
    weak         INTEGER,
    UNIQUE (question_id, number),
    CHECK ((closed_at IS NULL) = (verdict IS NULL)
       AND (closed_at IS NULL) = (consent IS NULL)
       AND (closed_at IS NULL) = (stand_aside IS NULL)
       AND (closed_at IS NULL) = (object IS NULL)
       AND (closed_at IS NULL) = (weak IS NULL))
);
-- At most one open round per question.
CREATE UNIQUE INDEX question_round_one_open ON question_round(question_id) WHERE closed_at IS NULL;

CREATE TABLE position (
    id              INTEGER PRIMARY KEY,
    round_id        INTEGER NOT NULL REFERENCES question_round(id) ON DELETE CASCADE,
    stakeholder_id  INTEGER NOT NULL REFERENCES stakeholder(id),
    position        TEXT NOT NULL CHECK (position IN ('consent', 'stand-aside', 'object')),
    recorded_at     TEXT NOT NULL,
    UNIQUE (round_id, stakeholder_id)
);

-- ---- closed rounds never change --------------------------------------------------------

CREATE TRIGGER position_closed_insert BEFORE INSERT ON position
WHEN (SELECT closed_at FROM question_round WHERE id = NEW.round_id) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'concord: round closed'); END;

CREATE TRIGGER position_closed_update BEFORE UPDATE ON position
WHEN (SELECT closed_at FROM question_round WHERE id = OLD.round_id) IS NOT NULL
  OR (SELECT closed_at FROM question_round WHERE id = NEW.round_id) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'concord: round closed'); END;

CREATE TRIGGER position_closed_delete BEFORE DELETE ON position
WHEN (SELECT closed_at FROM question_round WHERE id = OLD.round_id) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'concord: round closed'); END;

CREATE TRIGGER round_closed_update BEFORE UPDATE ON question_round
WHEN OLD.closed_at IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'concord: round closed'); END;

CREATE TRIGGER round_closed_delete BEFORE DELETE ON question_round
WHEN OLD.closed_at IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'concord: round closed'); END;

CREATE TRIGGER question_with_closed_rounds_delete BEFORE DELETE ON question
WHEN EXISTS (SELECT 1 FROM question_round WHERE question_id = OLD.id AND closed_at IS NOT NULL)
BEGIN SELECT RAISE(ABORT, 'concord: round closed'); END;

-- ---- the rule is fixed from the first round; a decided question stays decided --------------

CREATE TRIGGER question_rule_fixed BEFORE UPDATE ON question
WHEN EXISTS (SELECT 1 FROM question_round WHERE question_id = OLD.id)
  AND (NEW.rule_overridden IS NOT OLD.rule_overridden
    OR NEW.rule_kind IS NOT OLD.rule_kind
    OR NEW.rule_quorum_percent IS NOT OLD.rule_quorum_percent
    OR NEW.rule_allowed_objections IS NOT OLD.rule_allowed_objections
    OR NEW.rule_supermajority_num IS NOT OLD.rule_supermajority_num
    OR NEW.rule_supermajority_den IS NOT OLD.rule_supermajority_den
    OR NEW.rule_max_failed_rounds IS NOT OLD.rule_max_failed_rounds
    OR NEW.rule_anonymous IS NOT OLD.rule_anonymous)
BEGIN SELECT RAISE(ABORT, 'concord: question rule fixed'); END;

-- Once rounds exist, the question's own text, place and subject stand (amendments go into
-- the rounds).
CREATE TRIGGER question_text_fixed BEFORE UPDATE ON question
WHEN EXISTS (SELECT 1 FROM question_round WHERE question_id = OLD.id AND closed_at IS NOT NULL)
  AND (NEW.text_zh IS NOT OLD.text_zh OR NEW.text_en IS NOT OLD.text_en
    OR NEW.meeting_id IS NOT OLD.meeting_id
    OR NEW.subject_kind IS NOT OLD.subject_kind OR NEW.subject_id IS NOT OLD.subject_id)
BEGIN SELECT RAISE(ABORT, 'concord: round closed'); END;

CREATE TRIGGER question_decided_update BEFORE UPDATE ON question
WHEN OLD.state = 'decided'
BEGIN SELECT RAISE(ABORT, 'concord: question decided'); END;

CREATE TRIGGER question_decided_round BEFORE INSERT ON question_round
WHEN (SELECT state FROM question WHERE id = NEW.question_id) = 'decided'
BEGIN SELECT RAISE(ABORT, 'concord: question decided'); END;

-- ---- approved minutes freeze their questions ------------------------------------------------

CREATE TRIGGER question_frozen_insert BEFORE INSERT ON question
WHEN (SELECT approved_at FROM meeting WHERE id = NEW.meeting_id) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'concord: minutes frozen'); END;

CREATE TRIGGER question_frozen_update BEFORE UPDATE ON question
WHEN (SELECT approved_at FROM meeting WHERE id = OLD.meeting_id) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'concord: minutes frozen'); END;

CREATE TRIGGER question_frozen_delete BEFORE DELETE ON question
WHEN (SELECT approved_at FROM meeting WHERE id = OLD.meeting_id) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'concord: minutes frozen'); END;

CREATE TRIGGER round_frozen_insert BEFORE INSERT ON question_round
WHEN (SELECT m.approved_at FROM question q JOIN meeting m ON m.id = q.meeting_id
      WHERE q.id = NEW.question_id) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'concord: minutes frozen'); END;

CREATE TRIGGER round_frozen_update BEFORE UPDATE ON question_round
WHEN (SELECT m.approved_at FROM question q JOIN meeting m ON m.id = q.meeting_id
      WHERE q.id = OLD.question_id) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'concord: minutes frozen'); END;

CREATE TRIGGER round_frozen_delete BEFORE DELETE ON question_round
WHEN (SELECT m.approved_at FROM question q JOIN meeting m ON m.id = q.meeting_id
      WHERE q.id = OLD.question_id) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'concord: minutes frozen'); END;

CREATE TRIGGER position_frozen_insert BEFORE INSERT ON position
WHEN (SELECT m.approved_at FROM question_round r JOIN question q ON q.id = r.question_id
      JOIN meeting m ON m.id = q.meeting_id WHERE r.id = NEW.round_id) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'concord: minutes frozen'); END;

CREATE TRIGGER position_frozen_update BEFORE UPDATE ON position
WHEN (SELECT m.approved_at FROM question_round r JOIN question q ON q.id = r.question_id
      JOIN meeting m ON m.id = q.meeting_id WHERE r.id = OLD.round_id) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'concord: minutes frozen'); END;

CREATE TRIGGER position_frozen_delete BEFORE DELETE ON position
WHEN (SELECT m.approved_at FROM question_round r JOIN question q ON q.id = r.question_id
      JOIN meeting m ON m.id = q.meeting_id WHERE r.id = OLD.round_id) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'concord: minutes frozen'); END;
