-- Drawn signatures on the targets pledge: one per role (the focal point, the high-level
-- representative) per adopted target set, the set named by the question that adopted it
-- (target.adopted_by_question_id); signing again replaces it. Strokes as on a declaration
-- (008) and the Vision (017): points normalised to 0..1, as JSON [[[x, y], …], …].
CREATE TABLE pledge_signature (
    id          INTEGER PRIMARY KEY,
    question_id INTEGER NOT NULL REFERENCES question(id),
    role        TEXT NOT NULL CHECK (role IN ('focal-point', 'representative')),
    signer_name TEXT NOT NULL,
    strokes     TEXT NOT NULL CHECK (json_valid(strokes) AND json_type(strokes) = 'array'),
    signed_at   TEXT NOT NULL,
    UNIQUE (question_id, role)
);

-- Only a question that adopted targets has a pledge to sign.
CREATE TRIGGER pledge_signature_adopted_insert BEFORE INSERT ON pledge_signature
WHEN NOT EXISTS (SELECT 1 FROM target WHERE adopted_by_question_id = NEW.question_id)
BEGIN
    SELECT RAISE(ABORT, 'concord: pledge signature on a question that adopted no targets');
END;

CREATE TRIGGER pledge_signature_adopted_update BEFORE UPDATE ON pledge_signature
WHEN NOT EXISTS (SELECT 1 FROM target WHERE adopted_by_question_id = NEW.question_id)
BEGIN
    SELECT RAISE(ABORT, 'concord: pledge signature on a question that adopted no targets');
END;
