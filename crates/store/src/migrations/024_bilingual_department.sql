-- A measure's owner named in words (a department) in both languages, as 021 did for people:
-- the Local Action Plan in English prints the English name, in Chinese the Chinese.
--
-- The one-language column becomes the Chinese one; a name with no CJK ideograph moves to the
-- new English column. Nothing is translated. A department exists when either name does, and
-- never beside a stakeholder owner.

ALTER TABLE measure ADD COLUMN owner_department_en TEXT
    CHECK (owner_department_en IS NULL OR owner_stakeholder_id IS NULL);

-- GLOB compares code points: the unified ideographs and extension A.
UPDATE measure SET owner_department_en = owner_department, owner_department = NULL
    WHERE owner_department IS NOT NULL
      AND NOT (owner_department GLOB '*[一-鿿]*' OR owner_department GLOB '*[㐀-䶿]*');
