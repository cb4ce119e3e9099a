-- A question that ended without adoption may be asked again with a revised text: a new question
-- that names the first. Only once, and only when the first was settled against adoption; the
-- link never changes afterwards.

ALTER TABLE question ADD COLUMN asked_again_from INTEGER REFERENCES question(id);
CREATE UNIQUE INDEX question_asked_again_once ON question(asked_again_from)
    WHERE asked_again_from IS NOT NULL;

CREATE TRIGGER question_ask_again_offered BEFORE INSERT ON question
WHEN NEW.asked_again_from IS NOT NULL
  AND (coalesce((SELECT state = 'decided' AND adopted = 0 FROM question
                 WHERE id = NEW.asked_again_from), 0) = 0
    OR EXISTS (SELECT 1 FROM question WHERE asked_again_from = NEW.asked_again_from))
BEGIN SELECT RAISE(ABORT, 'concord: ask again not offered'); END;

CREATE TRIGGER question_ask_again_fixed BEFORE UPDATE OF asked_again_from ON question
WHEN NEW.asked_again_from IS NOT OLD.asked_again_from
BEGIN SELECT RAISE(ABORT, 'concord: ask again not offered'); END;
