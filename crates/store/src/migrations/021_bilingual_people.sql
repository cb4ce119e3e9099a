-- The focal point's and the high-level representative's names, titles, administration and
-- postal address in both languages (李建国 and Li Jianguo), so that a Chinese document prints
-- the Chinese and an English one the English.
--
-- The one-language columns become the English ones; a value written in Chinese (any CJK
-- ideograph) moves to the new Chinese column and leaves the English empty. Nothing is
-- translated: the side that was never written stays empty and documents say so.

ALTER TABLE dialogue RENAME COLUMN fp_family_name TO fp_family_name_en;
ALTER TABLE dialogue RENAME COLUMN fp_first_name TO fp_first_name_en;
ALTER TABLE dialogue RENAME COLUMN fp_title TO fp_title_en;
ALTER TABLE dialogue RENAME COLUMN fp_administration TO fp_administration_en;
ALTER TABLE dialogue RENAME COLUMN fp_postal_address TO fp_postal_address_en;
ALTER TABLE dialogue RENAME COLUMN hlr_name TO hlr_name_en;
ALTER TABLE dialogue RENAME COLUMN hlr_title TO hlr_title_en;

ALTER TABLE dialogue ADD COLUMN fp_family_name_zh TEXT NOT NULL DEFAULT '';
ALTER TABLE dialogue ADD COLUMN fp_first_name_zh TEXT NOT NULL DEFAULT '';
ALTER TABLE dialogue ADD COLUMN fp_title_zh TEXT NOT NULL DEFAULT '';
ALTER TABLE dialogue ADD COLUMN fp_administration_zh TEXT NOT NULL DEFAULT '';
ALTER TABLE dialogue ADD COLUMN fp_postal_address_zh TEXT NOT NULL DEFAULT '';
ALTER TABLE dialogue ADD COLUMN hlr_name_zh TEXT NOT NULL DEFAULT '';
ALTER TABLE dialogue ADD COLUMN hlr_title_zh TEXT NOT NULL DEFAULT '';

-- GLOB compares code points: the unified ideographs and extension A.
UPDATE dialogue SET fp_family_name_zh = fp_family_name_en, fp_family_name_en = ''
    WHERE fp_family_name_en GLOB '*[一-鿿]*' OR fp_family_name_en GLOB '*[㐀-䶿]*';
UPDATE dialogue SET fp_first_name_zh = fp_first_name_en, fp_first_name_en = ''
    WHERE fp_first_name_en GLOB '*[一-鿿]*' OR fp_first_name_en GLOB '*[㐀-䶿]*';
UPDATE dialogue SET fp_title_zh = fp_title_en, fp_title_en = ''
    WHERE fp_title_en GLOB '*[一-鿿]*' OR fp_title_en GLOB '*[㐀-䶿]*';
UPDATE dialogue SET fp_administration_zh = fp_administration_en, fp_administration_en = ''
    WHERE fp_administration_en GLOB '*[一-鿿]*' OR fp_administration_en GLOB '*[㐀-䶿]*';
UPDATE dialogue SET fp_postal_address_zh = fp_postal_address_en, fp_postal_address_en = ''
    WHERE fp_postal_address_en GLOB '*[一-鿿]*' OR fp_postal_address_en GLOB '*[㐀-䶿]*';
UPDATE dialogue SET hlr_name_zh = hlr_name_en, hlr_name_en = ''
    WHERE hlr_name_en GLOB '*[一-鿿]*' OR hlr_name_en GLOB '*[㐀-䶿]*';
UPDATE dialogue SET hlr_title_zh = hlr_title_en, hlr_title_en = ''
    WHERE hlr_title_en GLOB '*[一-鿿]*' OR hlr_title_en GLOB '*[㐀-䶿]*';
