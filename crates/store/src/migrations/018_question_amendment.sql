-- A question may be about a pending Vision amendment before it settles it, so the room sees
-- the change while it deliberates. The link is the question's subject (kept in its own column
-- because 007's subject_kind check names only what existed then): it names a pending
-- amendment, never together with another subject, and stands once a round has closed. A
-- question about one amendment never settles another.

ALTER TABLE question ADD COLUMN vision_amendment_id INTEGER REFERENCES vision_amendment(id);

CREATE INDEX question_vision_amendment ON question(vision_amendment_id)
WHERE vision_amendment_id IS NOT NULL;

CREATE TRIGGER question_amendment_link_insert BEFORE INSERT ON question
WHEN NEW.vision_amendment_id IS NOT NULL
 AND (NEW.subject_kind IS NOT NULL
      OR NOT EXISTS (SELECT 1 FROM vision_amendment
                     WHERE id = NEW.vision_amendment_id AND status = 'pending'))
BEGIN
    SELECT RAISE(ABORT, 'concord: vision amendment link refused');
END;

CREATE TRIGGER question_amendment_link_update BEFORE UPDATE OF vision_amendment_id, subject_kind
ON question
WHEN NEW.vision_amendment_id IS NOT NULL
 AND (NEW.subject_kind IS NOT NULL
      OR (NEW.vision_amendment_id IS NOT OLD.vision_amendment_id
          AND NOT EXISTS (SELECT 1 FROM vision_amendment
                          WHERE id = NEW.vision_amendment_id AND status = 'pending')))
BEGIN
    SELECT RAISE(ABORT, 'concord: vision amendment link refused');
END;

CREATE TRIGGER question_amendment_link_fixed BEFORE UPDATE OF vision_amendment_id ON question
WHEN NEW.vision_amendment_id IS NOT OLD.vision_amendment_id
 AND EXISTS (SELECT 1 FROM question_round WHERE question_id = OLD.id AND closed_at IS NOT NULL)
BEGIN
    SELECT RAISE(ABORT, 'concord: round closed');
END;

CREATE TRIGGER vision_amendment_settled_by_other BEFORE UPDATE OF question_id ON vision_amendment
WHEN NEW.question_id IS NOT NULL
 AND (SELECT vision_amendment_id FROM question WHERE id = NEW.question_id) IS NOT NULL
 AND (SELECT vision_amendment_id FROM question WHERE id = NEW.question_id) != NEW.id
BEGIN
    SELECT RAISE(ABORT, 'concord: vision amendment settlement refused');
END;

CREATE TRIGGER vision_amendment_linked_delete BEFORE DELETE ON vision_amendment
WHEN EXISTS (SELECT 1 FROM question WHERE vision_amendment_id = OLD.id)
BEGIN
    SELECT RAISE(ABORT, 'concord: vision amendment linked');
END;
