-- The full stakeholder register: groups represented, contacts, consent, status, note, erasure,
-- and the search and sort keys the app computes when it writes a row (NULL: not yet computed).
ALTER TABLE stakeholder ADD COLUMN groups TEXT NOT NULL DEFAULT '';
ALTER TABLE stakeholder ADD COLUMN other_group TEXT NOT NULL DEFAULT '';
ALTER TABLE stakeholder ADD COLUMN mobile TEXT NOT NULL DEFAULT '';
ALTER TABLE stakeholder ADD COLUMN consent_date TEXT;
ALTER TABLE stakeholder ADD COLUMN consent_notice TEXT NOT NULL DEFAULT '';
ALTER TABLE stakeholder ADD COLUMN status TEXT NOT NULL DEFAULT 'active'
    CHECK (status IN ('active', 'invited', 'withdrawn'));
ALTER TABLE stakeholder ADD COLUMN note TEXT NOT NULL DEFAULT '';
ALTER TABLE stakeholder ADD COLUMN erased_on TEXT;
ALTER TABLE stakeholder ADD COLUMN search_text TEXT;
ALTER TABLE stakeholder ADD COLUMN name_sort TEXT NOT NULL DEFAULT '';
ALTER TABLE stakeholder ADD COLUMN org_sort TEXT NOT NULL DEFAULT '';
UPDATE stakeholder SET status = 'withdrawn' WHERE withdrawn <> 0;
CREATE INDEX stakeholder_name_sort ON stakeholder(dialogue_id, name_sort);
