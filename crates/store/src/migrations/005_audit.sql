-- The audit log: one entry per change to any row (who, when, which record, before and after),
-- each entry's hash covering the previous entry's hash. Entries are written by triggers that
-- the store generates for every ordinary table at open (see audit.rs); this migration only
-- creates the log and its head. The head repeats the last entry's sequence number and hash, so
-- that deleting entries from the end of the log is detected as well.
CREATE TABLE audit_log (
    seq      INTEGER PRIMARY KEY,
    at       TEXT NOT NULL,
    actor    TEXT NOT NULL,
    tbl      TEXT NOT NULL,
    row_key  TEXT NOT NULL,
    op       TEXT NOT NULL,
    before   TEXT,
    after    TEXT,
    hash     TEXT NOT NULL
);
CREATE INDEX audit_log_record ON audit_log(tbl, row_key, seq);

CREATE TABLE audit_head (
    id    INTEGER PRIMARY KEY CHECK (id = 1),
    seq   INTEGER NOT NULL,
    hash  TEXT NOT NULL
);
INSERT INTO audit_head (id, seq, hash) VALUES (1, 0, '');
