-- Scenarios of the dialogue (the BAU and alternatives such as "low carbon") and the rows each
-- is made of. A scenario is adopted only by a decided consensus question whose outcome adopted
-- it; from then on the schema itself refuses any change to it or its rows.

CREATE TABLE scenario (
    id                      INTEGER PRIMARY KEY,
    dialogue_id             INTEGER NOT NULL REFERENCES dialogue(id),
    name                    TEXT NOT NULL CHECK (length(trim(name)) > 0),
    is_bau                  INTEGER NOT NULL DEFAULT 0 CHECK (is_bau IN (0, 1)),
    copied_from             INTEGER REFERENCES scenario(id) ON DELETE SET NULL,
    -- Figures marked as examples (the demo's), so no report passes them off as statistics.
    illustrative            INTEGER NOT NULL DEFAULT 0 CHECK (illustrative IN (0, 1)),
    -- The price year of GDP at constant prices.
    gdp_price_year          INTEGER,
    adopted_by_question_id  INTEGER UNIQUE REFERENCES question(id),
    adopted_at              TEXT,
    created_at              TEXT NOT NULL,
    UNIQUE (dialogue_id, name),
    CHECK ((adopted_by_question_id IS NULL) = (adopted_at IS NULL))
);
CREATE UNIQUE INDEX scenario_one_bau ON scenario(dialogue_id) WHERE is_bau = 1;

-- One row of a scenario, in the order it was given. `value` is the observed or anchor value
-- (in `unit`), the growth rate in per cent per year, or the elasticity.
CREATE TABLE scenario_assumption (
    id           INTEGER PRIMARY KEY,
    scenario_id  INTEGER NOT NULL REFERENCES scenario(id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    variable     TEXT NOT NULL CHECK (variable IN
                     ('population', 'gdp', 'energy', 'emissions', 'renewables_share')),
    year         INTEGER NOT NULL CHECK (year BETWEEN 1949 AND 2100),
    kind         TEXT NOT NULL CHECK (kind IN
                     ('observed', 'growth', 'linear', 'elasticity', 'intensity')),
    value        REAL NOT NULL,
    unit         TEXT,
    driver       TEXT CHECK (driver IS NULL OR driver IN
                     ('population', 'gdp', 'energy', 'emissions', 'renewables_share')),
    source       TEXT NOT NULL DEFAULT '',
    UNIQUE (scenario_id, position),
    UNIQUE (scenario_id, variable, year),
    CHECK ((kind IN ('observed', 'linear')) = (unit IS NOT NULL)),
    CHECK ((kind IN ('elasticity', 'intensity')) = (driver IS NOT NULL))
);

CREATE TRIGGER scenario_adoption_insert BEFORE INSERT ON scenario
WHEN NEW.adopted_by_question_id IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'concord: scenario adoption refused');
END;

CREATE TRIGGER scenario_adoption BEFORE UPDATE OF adopted_by_question_id ON scenario
WHEN OLD.adopted_by_question_id IS NULL AND NEW.adopted_by_question_id IS NOT NULL
 AND NOT EXISTS (SELECT 1 FROM question
                 WHERE id = NEW.adopted_by_question_id AND state = 'decided' AND adopted = 1)
BEGIN
    SELECT RAISE(ABORT, 'concord: scenario adoption refused');
END;

CREATE TRIGGER scenario_frozen_update BEFORE UPDATE ON scenario
WHEN OLD.adopted_by_question_id IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'concord: scenario frozen');
END;

CREATE TRIGGER scenario_frozen_delete BEFORE DELETE ON scenario
WHEN OLD.adopted_by_question_id IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'concord: scenario frozen');
END;

CREATE TRIGGER scenario_assumption_frozen_insert BEFORE INSERT ON scenario_assumption
WHEN EXISTS (SELECT 1 FROM scenario WHERE id = NEW.scenario_id AND adopted_by_question_id IS NOT NULL)
BEGIN
    SELECT RAISE(ABORT, 'concord: scenario frozen');
END;

CREATE TRIGGER scenario_assumption_frozen_update BEFORE UPDATE ON scenario_assumption
WHEN EXISTS (SELECT 1 FROM scenario WHERE id IN (OLD.scenario_id, NEW.scenario_id)
             AND adopted_by_question_id IS NOT NULL)
BEGIN
    SELECT RAISE(ABORT, 'concord: scenario frozen');
END;

CREATE TRIGGER scenario_assumption_frozen_delete BEFORE DELETE ON scenario_assumption
WHEN EXISTS (SELECT 1 FROM scenario WHERE id = OLD.scenario_id AND adopted_by_question_id IS NOT NULL)
BEGIN
    SELECT RAISE(ABORT, 'concord: scenario frozen');
END;
