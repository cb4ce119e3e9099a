-- The Local Action Plan: key projects and their measures, the targets each measure serves with
-- its expected effect, and dated progress updates. A measure with progress updates is never
-- deleted; an update is never dated before its measure starts and is a per cent from 0 to 100.

CREATE TABLE key_project (
    id          INTEGER PRIMARY KEY,
    dialogue_id INTEGER NOT NULL REFERENCES dialogue(id),
    code        TEXT NOT NULL CHECK (length(trim(code)) > 0),
    title_zh    TEXT NOT NULL DEFAULT '',
    title_en    TEXT NOT NULL DEFAULT '',
    CHECK (length(trim(title_zh)) > 0 OR length(trim(title_en)) > 0),
    UNIQUE (dialogue_id, code)
);

CREATE TABLE measure (
    id                   INTEGER PRIMARY KEY,
    dialogue_id          INTEGER NOT NULL REFERENCES dialogue(id),
    code                 TEXT NOT NULL CHECK (length(trim(code)) > 0),
    key_project_id       INTEGER NOT NULL REFERENCES key_project(id),
    title_zh             TEXT NOT NULL DEFAULT '',
    title_en             TEXT NOT NULL DEFAULT '',
    description_zh       TEXT NOT NULL DEFAULT '',
    description_en       TEXT NOT NULL DEFAULT '',
    term                 TEXT NOT NULL CHECK (term IN ('short', 'long')),
    -- The owner is a stakeholder of the register or a department named in words (or not yet known).
    owner_stakeholder_id INTEGER,
    owner_department     TEXT,
    budget_cny           REAL CHECK (budget_cny IS NULL OR budget_cny >= 0),
    start_date           TEXT NOT NULL,
    end_date             TEXT NOT NULL,
    status               TEXT NOT NULL CHECK (status IN ('not-started', 'on-time', 'late',
                                                         'completed', 'postponed', 'cancelled')),
    created_at           TEXT NOT NULL,
    updated_at           TEXT NOT NULL,
    CHECK (length(trim(title_zh)) > 0 OR length(trim(title_en)) > 0),
    CHECK (owner_stakeholder_id IS NULL OR owner_department IS NULL),
    CHECK (end_date >= start_date),
    UNIQUE (dialogue_id, code)
);

-- The targets a measure serves, by the target's subject (an indicator's code or a BAU series),
-- with the expected effect, e.g. 12000 t CO2/a.
CREATE TABLE measure_target (
    measure_id   INTEGER NOT NULL REFERENCES measure(id),
    subject      TEXT NOT NULL CHECK (length(trim(subject)) > 0),
    effect_value REAL,
    effect_unit  TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (measure_id, subject)
);

CREATE TABLE measure_progress (
    id         INTEGER PRIMARY KEY,
    measure_id INTEGER NOT NULL REFERENCES measure(id),
    on_date    TEXT NOT NULL,
    percent    REAL NOT NULL CHECK (percent BETWEEN 0 AND 100),
    note       TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);

CREATE INDEX measure_progress_by_measure ON measure_progress (measure_id, on_date);

CREATE TRIGGER measure_delete_with_progress BEFORE DELETE ON measure
WHEN EXISTS (SELECT 1 FROM measure_progress WHERE measure_id = OLD.id)
BEGIN
    SELECT RAISE(ABORT, 'concord: measure has progress updates');
END;

CREATE TRIGGER measure_progress_percent_insert BEFORE INSERT ON measure_progress
WHEN NEW.percent IS NULL OR typeof(NEW.percent) NOT IN ('integer', 'real')
  OR NEW.percent < 0 OR NEW.percent > 100
BEGIN
    SELECT RAISE(ABORT, 'concord: progress percent out of range');
END;

CREATE TRIGGER measure_progress_percent_update BEFORE UPDATE OF percent ON measure_progress
WHEN NEW.percent IS NULL OR typeof(NEW.percent) NOT IN ('integer', 'real')
  OR NEW.percent < 0 OR NEW.percent > 100
BEGIN
    SELECT RAISE(ABORT, 'concord: progress percent out of range');
END;

CREATE TRIGGER measure_progress_before_start_insert BEFORE INSERT ON measure_progress
WHEN NEW.on_date < (SELECT start_date FROM measure WHERE id = NEW.measure_id)
BEGIN
    SELECT RAISE(ABORT, 'concord: progress before start');
END;

CREATE TRIGGER measure_progress_before_start_update BEFORE UPDATE OF on_date, measure_id
ON measure_progress
WHEN NEW.on_date < (SELECT start_date FROM measure WHERE id = NEW.measure_id)
BEGIN
    SELECT RAISE(ABORT, 'concord: progress before start');
END;

CREATE TRIGGER measure_start_after_progress BEFORE UPDATE OF start_date ON measure
WHEN EXISTS (SELECT 1 FROM measure_progress WHERE measure_id = NEW.id AND on_date < NEW.start_date)
BEGIN
    SELECT RAISE(ABORT, 'concord: progress before start');
END;
