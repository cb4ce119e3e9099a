-- Meeting lifecycle: approval and freezing, attendance times and proxies, decisions, action
-- items, addenda. Frozen minutes are enforced here, so no code path can change them.

ALTER TABLE meeting ADD COLUMN representative_name TEXT NOT NULL DEFAULT '';
ALTER TABLE meeting ADD COLUMN representative_title TEXT NOT NULL DEFAULT '';
-- The state column keeps 'closed' once the minutes are approved; approved_at marks the freeze.
ALTER TABLE meeting ADD COLUMN approved_by TEXT NOT NULL DEFAULT '';
ALTER TABLE meeting ADD COLUMN approved_at TEXT;

ALTER TABLE attendance ADD COLUMN arrived_at TEXT;
ALTER TABLE attendance ADD COLUMN left_at TEXT;
ALTER TABLE attendance ADD COLUMN proxy_for INTEGER REFERENCES stakeholder(id);

CREATE TABLE decision (
    id              INTEGER PRIMARY KEY,
    meeting_id      INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
    agenda_item_id  INTEGER REFERENCES agenda_item(id) ON DELETE SET NULL,
    text_zh         TEXT NOT NULL DEFAULT '',
    text_en         TEXT NOT NULL DEFAULT '',
    basis           TEXT NOT NULL CHECK (basis IN ('consensus', 'majority', 'focal-point', 'noted')),
    question_id     INTEGER,
    position        INTEGER NOT NULL
);
CREATE INDEX decision_meeting ON decision(meeting_id);

CREATE TABLE action_item (
    id              INTEGER PRIMARY KEY,
    meeting_id      INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
    agenda_item_id  INTEGER REFERENCES agenda_item(id) ON DELETE SET NULL,
    what_zh         TEXT NOT NULL DEFAULT '',
    what_en         TEXT NOT NULL DEFAULT '',
    owner_id        INTEGER REFERENCES stakeholder(id),
    due             TEXT,
    status          TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'dropped')),
    position        INTEGER NOT NULL
);
CREATE INDEX action_item_meeting ON action_item(meeting_id);

CREATE TABLE addendum (
    id          INTEGER PRIMARY KEY,
    meeting_id  INTEGER NOT NULL REFERENCES meeting(id),
    number      INTEGER NOT NULL,
    corrects    TEXT NOT NULL,
    text_zh     TEXT NOT NULL DEFAULT '',
    text_en     TEXT NOT NULL DEFAULT '',
    by_name     TEXT NOT NULL,
    at          TEXT NOT NULL,
    UNIQUE (meeting_id, number)
);

-- Approved minutes never change: the meeting row, its agenda and notes, attendance and
-- decisions are refused; action items may only change status (they are followed up later).
CREATE TRIGGER meeting_frozen_update BEFORE UPDATE ON meeting
WHEN OLD.approved_at IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'concord: minutes frozen'); END;

CREATE TRIGGER meeting_frozen_delete BEFORE DELETE ON meeting
WHEN OLD.approved_at IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'concord: minutes frozen'); END;

CREATE TRIGGER agenda_frozen_insert BEFORE INSERT ON agenda_item
WHEN (SELECT approved_at FROM meeting WHERE id = NEW.meeting_id) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'concord: minutes frozen'); END;

CREATE TRIGGER agenda_frozen_update BEFORE UPDATE ON agenda_item
WHEN (SELECT approved_at FROM meeting WHERE id = OLD.meeting_id) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'concord: minutes frozen'); END;

CREATE TRIGGER agenda_frozen_delete BEFORE DELETE ON agenda_item
WHEN (SELECT approved_at FROM meeting WHERE id = OLD.meeting_id) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'concord: minutes frozen'); END;

CREATE TRIGGER attendance_frozen_insert BEFORE INSERT ON attendance
WHEN (SELECT approved_at FROM meeting WHERE id = NEW.meeting_id) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'concord: minutes frozen'); END;

CREATE TRIGGER attendance_frozen_update BEFORE UPDATE ON attendance
WHEN (SELECT approved_at FROM meeting WHERE id = OLD.meeting_id) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'concord: minutes frozen'); END;

CREATE TRIGGER attendance_frozen_delete BEFORE DELETE ON attendance
WHEN (SELECT approved_at FROM meeting WHERE id = OLD.meeting_id) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'concord: minutes frozen'); END;

CREATE TRIGGER decision_frozen_insert BEFORE INSERT ON decision
WHEN (SELECT approved_at FROM meeting WHERE id = NEW.meeting_id) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'concord: minutes frozen'); END;

CREATE TRIGGER decision_frozen_update BEFORE UPDATE ON decision
WHEN (SELECT approved_at FROM meeting WHERE id = OLD.meeting_id) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'concord: minutes frozen'); END;

CREATE TRIGGER decision_frozen_delete BEFORE DELETE ON decision
WHEN (SELECT approved_at FROM meeting WHERE id = OLD.meeting_id) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'concord: minutes frozen'); END;

CREATE TRIGGER action_frozen_insert BEFORE INSERT ON action_item
WHEN (SELECT approved_at FROM meeting WHERE id = NEW.meeting_id) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'concord: minutes frozen'); END;

CREATE TRIGGER action_frozen_update BEFORE UPDATE ON action_item
WHEN (SELECT approved_at FROM meeting WHERE id = OLD.meeting_id) IS NOT NULL
    AND (NEW.meeting_id IS NOT OLD.meeting_id OR NEW.agenda_item_id IS NOT OLD.agenda_item_id
         OR NEW.what_zh IS NOT OLD.what_zh OR NEW.what_en IS NOT OLD.what_en
         OR NEW.owner_id IS NOT OLD.owner_id OR NEW.due IS NOT OLD.due
         OR NEW.position IS NOT OLD.position)
BEGIN SELECT RAISE(ABORT, 'concord: minutes frozen'); END;

CREATE TRIGGER action_frozen_delete BEFORE DELETE ON action_item
WHEN (SELECT approved_at FROM meeting WHERE id = OLD.meeting_id) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'concord: minutes frozen'); END;

-- Addenda exist only for approved minutes and are never rewritten.
CREATE TRIGGER addendum_only_when_frozen BEFORE INSERT ON addendum
WHEN (SELECT approved_at FROM meeting WHERE id = NEW.meeting_id) IS NULL
BEGIN SELECT RAISE(ABORT, 'concord: addendum before approval'); END;

CREATE TRIGGER addendum_never_changes BEFORE UPDATE ON addendum
BEGIN SELECT RAISE(ABORT, 'concord: minutes frozen'); END;

CREATE TRIGGER addendum_never_deleted BEFORE DELETE ON addendum
BEGIN SELECT RAISE(ABORT, 'concord: minutes frozen'); END;

-- Attendance is taken before and during a meeting, not after it closed.
CREATE TRIGGER attendance_after_close_insert BEFORE INSERT ON attendance
WHEN (SELECT state FROM meeting WHERE id = NEW.meeting_id) = 'closed'
BEGIN SELECT RAISE(ABORT, 'concord: meeting closed'); END;

CREATE TRIGGER attendance_after_close_update BEFORE UPDATE ON attendance
WHEN (SELECT state FROM meeting WHERE id = OLD.meeting_id) = 'closed'
BEGIN SELECT RAISE(ABORT, 'concord: meeting closed'); END;
