-- Deficits: the city's indicator values, benchmarks, local indicators, scorecard workshops and
-- the dialogue's ranking of deficits.

CREATE TABLE local_indicator (
    code         TEXT PRIMARY KEY CHECK (length(trim(code)) > 0),
    name_en      TEXT NOT NULL DEFAULT '',
    name_zh      TEXT NOT NULL DEFAULT '',
    unit         TEXT NOT NULL CHECK (length(trim(unit)) > 0),
    direction    TEXT NOT NULL CHECK (direction IN ('higher', 'lower', 'target')),
    target_value REAL,
    CHECK (length(trim(name_en)) > 0 OR length(trim(name_zh)) > 0),
    CHECK ((direction = 'target') = (target_value IS NOT NULL))
);

CREATE TABLE indicator_value (
    id            INTEGER PRIMARY KEY,
    code          TEXT NOT NULL CHECK (length(code) > 0),
    year          INTEGER NOT NULL CHECK (year BETWEEN 1990 AND 2100),
    value         REAL NOT NULL,
    unit          TEXT NOT NULL,
    ppp_base_year INTEGER CHECK (ppp_base_year IS NULL OR ppp_base_year BETWEEN 1990 AND 2100),
    source        TEXT NOT NULL DEFAULT '',
    note          TEXT NOT NULL DEFAULT '',
    UNIQUE (code, year)
);

CREATE TABLE indicator_benchmark (
    code   TEXT PRIMARY KEY,
    value  REAL NOT NULL,
    kind   TEXT NOT NULL
           CHECK (kind IN ('national-target', 'partner-city', 'who-guideline', 'dialogue-own')),
    year   INTEGER,
    source TEXT NOT NULL DEFAULT ''
);

CREATE TABLE scorecard_workshop (
    id                INTEGER PRIMARY KEY,
    meeting_id        INTEGER REFERENCES meeting(id),
    level             TEXT NOT NULL CHECK (level IN ('preliminary', 'detailed')),
    catalogue_version TEXT NOT NULL,
    held_on           TEXT NOT NULL,
    title             TEXT NOT NULL DEFAULT ''
);

CREATE TABLE scorecard_score (
    workshop_id INTEGER NOT NULL REFERENCES scorecard_workshop(id),
    code        TEXT NOT NULL,
    score       INTEGER NOT NULL CHECK (score BETWEEN 0 AND 5),
    comment     TEXT NOT NULL DEFAULT '',
    evidence    TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (workshop_id, code)
);

CREATE TABLE deficit_ranking (
    id         INTEGER PRIMARY KEY,
    meeting_id INTEGER REFERENCES meeting(id),
    method     TEXT NOT NULL CHECK (method IN ('dots', 'borda')),
    dots_each  INTEGER NOT NULL DEFAULT 8 CHECK (dots_each BETWEEN 1 AND 100),
    opened_at  TEXT NOT NULL,
    closed_at  TEXT
);

CREATE TABLE deficit_ranking_candidate (
    ranking_id INTEGER NOT NULL REFERENCES deficit_ranking(id),
    candidate  TEXT NOT NULL,
    position   INTEGER NOT NULL,
    PRIMARY KEY (ranking_id, candidate)
);

-- Dots given to a candidate, or its place on a Borda ballot (1 = first).
CREATE TABLE deficit_ranking_ballot (
    ranking_id     INTEGER NOT NULL REFERENCES deficit_ranking(id),
    stakeholder_id INTEGER NOT NULL REFERENCES stakeholder(id),
    candidate      TEXT NOT NULL,
    points         INTEGER NOT NULL CHECK (points >= 0),
    PRIMARY KEY (ranking_id, stakeholder_id, candidate),
    FOREIGN KEY (ranking_id, candidate) REFERENCES deficit_ranking_candidate(ranking_id, candidate)
);

-- A closed ranking is a record: its ballots and candidates never change again.
CREATE TRIGGER deficit_ballot_closed_insert BEFORE INSERT ON deficit_ranking_ballot
WHEN (SELECT closed_at FROM deficit_ranking WHERE id = NEW.ranking_id) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'concord: ranking closed'); END;
CREATE TRIGGER deficit_ballot_closed_update BEFORE UPDATE ON deficit_ranking_ballot
WHEN (SELECT closed_at FROM deficit_ranking WHERE id = OLD.ranking_id) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'concord: ranking closed'); END;
CREATE TRIGGER deficit_ballot_closed_delete BEFORE DELETE ON deficit_ranking_ballot
WHEN (SELECT closed_at FROM deficit_ranking WHERE id = OLD.ranking_id) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'concord: ranking closed'); END;
CREATE TRIGGER deficit_candidate_closed BEFORE INSERT ON deficit_ranking_candidate
WHEN (SELECT closed_at FROM deficit_ranking WHERE id = NEW.ranking_id) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'concord: ranking closed'); END;
CREATE TRIGGER deficit_ranking_reopen BEFORE UPDATE ON deficit_ranking
WHEN OLD.closed_at IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'concord: ranking closed'); END;
