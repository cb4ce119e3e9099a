-- Drawn signatures on an adopted Vision version: one per role (the focal point, the
-- high-level representative) per version; signing again replaces it. Strokes as on a
-- declaration (008): points normalised to 0..1, as JSON [[[x, y], …], …].
CREATE TABLE vision_signature (
    id          INTEGER PRIMARY KEY,
    version_id  INTEGER NOT NULL REFERENCES vision_version(id),
    role        TEXT NOT NULL CHECK (role IN ('focal-point', 'representative')),
    signer_name TEXT NOT NULL,
    strokes     TEXT NOT NULL CHECK (json_valid(strokes) AND json_type(strokes) = 'array'),
    signed_at   TEXT NOT NULL,
    UNIQUE (version_id, role)
);

-- Only an adopted version is signed (a superseded one keeps the signatures it had).
CREATE TRIGGER vision_signature_adopted_insert BEFORE INSERT ON vision_signature
WHEN (SELECT state FROM vision_version WHERE id = NEW.version_id) IS NOT 'adopted'
BEGIN
    SELECT RAISE(ABORT, 'concord: vision signature on a version not adopted');
END;

CREATE TRIGGER vision_signature_adopted_update BEFORE UPDATE ON vision_signature
WHEN (SELECT state FROM vision_version WHERE id = NEW.version_id) IS NOT 'adopted'
BEGIN
    SELECT RAISE(ABORT, 'concord: vision signature on a version not adopted');
END;
