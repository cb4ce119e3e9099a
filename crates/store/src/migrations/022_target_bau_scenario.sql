-- A target set below the BAU names the BAU scenario it was measured against, so a later change
-- of the BAU (a new scenario adopted as the BAU) does not silently change what an adopted
-- target meant. Existing below-BAU targets are given the dialogue's BAU scenario of today,
-- adopted ones included: the frozen rows' trigger is set aside for this one backfill.

ALTER TABLE target ADD COLUMN bau_scenario TEXT;

DROP TRIGGER target_frozen_update;

UPDATE target SET bau_scenario = (
    SELECT s.name FROM scenario s WHERE s.dialogue_id = target.dialogue_id AND s.is_bau = 1
)
WHERE kind = 'below-bau';

CREATE TRIGGER target_frozen_update BEFORE UPDATE ON target
WHEN OLD.adopted_by_question_id IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'concord: target frozen');
END;

-- Only a below-BAU target names a scenario, and then a non-empty one.
CREATE TRIGGER target_bau_scenario_insert BEFORE INSERT ON target
WHEN (NEW.kind <> 'below-bau' AND NEW.bau_scenario IS NOT NULL)
  OR (NEW.bau_scenario IS NOT NULL AND length(trim(NEW.bau_scenario)) = 0)
BEGIN
    SELECT RAISE(ABORT, 'concord: target bau scenario');
END;
