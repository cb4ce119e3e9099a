-- A decision's basis agrees with the question it names. A majority, a casting vote or the focal
-- point's decision is only ever the recorded outcome of a decided question of the same meeting;
-- a decision that names no question was agreed without a formal round ('consensus') or noted.
-- Rows written before stay as they were; the rule holds for every write from now on.

-- The decision table is rebuilt to admit the casting vote as a basis (a CHECK cannot be altered).
CREATE TABLE decision_rebuilt (
    id              INTEGER PRIMARY KEY,
    meeting_id      INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
    agenda_item_id  INTEGER REFERENCES agenda_item(id) ON DELETE SET NULL,
    text_zh         TEXT NOT NULL DEFAULT '',
    text_en         TEXT NOT NULL DEFAULT '',
    basis           TEXT NOT NULL CHECK (basis IN
                        ('consensus', 'majority', 'casting-vote', 'focal-point', 'noted')),
    question_id     INTEGER,
    position        INTEGER NOT NULL
);
INSERT INTO decision_rebuilt (id, meeting_id, agenda_item_id, text_zh, text_en, basis,
    question_id, position)
SELECT id, meeting_id, agenda_item_id, text_zh, text_en, basis, question_id, position
FROM decision;
DROP TABLE decision;
ALTER TABLE decision_rebuilt RENAME TO decision;
CREATE INDEX decision_meeting ON decision(meeting_id);

-- As migration 006: approved minutes freeze their decisions.
CREATE TRIGGER decision_frozen_insert BEFORE INSERT ON decision
WHEN (SELECT approved_at FROM meeting WHERE id = NEW.meeting_id) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'concord: minutes frozen'); END;

CREATE TRIGGER decision_frozen_update BEFORE UPDATE ON decision
WHEN (SELECT approved_at FROM meeting WHERE id = OLD.meeting_id) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'concord: minutes frozen'); END;

CREATE TRIGGER decision_frozen_delete BEFORE DELETE ON decision
WHEN (SELECT approved_at FROM meeting WHERE id = OLD.meeting_id) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'concord: minutes frozen'); END;

-- The basis a decided question's outcome gives (Outcome::key() → DecisionBasis::key()).
CREATE VIEW question_basis AS
SELECT id, meeting_id, CASE
    WHEN state <> 'decided' THEN NULL
    WHEN outcome IN ('consensus', 'weak-consensus') THEN 'consensus'
    WHEN outcome IN ('majority', 'weak-majority', 'rejected') THEN 'majority'
    WHEN outcome IN ('casting-vote-adopt', 'casting-vote-reject') THEN 'casting-vote'
    WHEN outcome IN ('focal-point-adopt', 'focal-point-reject') THEN 'focal-point'
END AS basis
FROM question;

CREATE TRIGGER decision_basis_alone_insert BEFORE INSERT ON decision
WHEN NEW.question_id IS NULL AND NEW.basis NOT IN ('consensus', 'noted')
BEGIN SELECT RAISE(ABORT, 'concord: decision basis needs a question'); END;

CREATE TRIGGER decision_basis_alone_update BEFORE UPDATE ON decision
WHEN NEW.question_id IS NULL AND NEW.basis NOT IN ('consensus', 'noted')
BEGIN SELECT RAISE(ABORT, 'concord: decision basis needs a question'); END;

CREATE TRIGGER decision_question_insert BEFORE INSERT ON decision
WHEN NEW.question_id IS NOT NULL AND NOT EXISTS
    (SELECT 1 FROM question WHERE id = NEW.question_id AND meeting_id = NEW.meeting_id)
BEGIN SELECT RAISE(ABORT, 'concord: decision question elsewhere'); END;

CREATE TRIGGER decision_question_update BEFORE UPDATE ON decision
WHEN NEW.question_id IS NOT NULL AND NOT EXISTS
    (SELECT 1 FROM question WHERE id = NEW.question_id AND meeting_id = NEW.meeting_id)
BEGIN SELECT RAISE(ABORT, 'concord: decision question elsewhere'); END;

CREATE TRIGGER decision_basis_agrees_insert BEFORE INSERT ON decision
WHEN NEW.question_id IS NOT NULL AND NEW.basis <> 'noted'
  AND NEW.basis IS NOT (SELECT basis FROM question_basis WHERE id = NEW.question_id)
BEGIN SELECT RAISE(ABORT, 'concord: decision basis disagrees'); END;

CREATE TRIGGER decision_basis_agrees_update BEFORE UPDATE ON decision
WHEN NEW.question_id IS NOT NULL AND NEW.basis <> 'noted'
  AND NEW.basis IS NOT (SELECT basis FROM question_basis WHERE id = NEW.question_id)
BEGIN SELECT RAISE(ABORT, 'concord: decision basis disagrees'); END;
