-- The focal point's assistant's name in both languages (周晓雯 and Zhou Xiaowen), as 021 did
-- for the other people's texts: a Chinese document prints the Chinese, an English one the
-- English.
--
-- The one-language column becomes the English one; a name written in Chinese (any CJK
-- ideograph) moves to the new Chinese column and leaves the English empty. Nothing is
-- translated.

ALTER TABLE dialogue RENAME COLUMN fp_assistant_name TO fp_assistant_name_en;
ALTER TABLE dialogue ADD COLUMN fp_assistant_name_zh TEXT NOT NULL DEFAULT '';

-- GLOB compares code points: the unified ideographs and extension A.
UPDATE dialogue SET fp_assistant_name_zh = fp_assistant_name_en, fp_assistant_name_en = ''
    WHERE fp_assistant_name_en GLOB '*[一-鿿]*' OR fp_assistant_name_en GLOB '*[㐀-䶿]*';
