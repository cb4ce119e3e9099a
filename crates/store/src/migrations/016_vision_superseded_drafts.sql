-- A draft is superseded as soon as a later version is saved (the store reads it so): from then
-- on its text, sections and settings never change, it takes no amendment and is never adopted.
-- The store refuses all of it first, by concord-vision's rules; these refuse raw SQL the same.

CREATE TRIGGER vision_superseded_draft_update BEFORE UPDATE ON vision_version
WHEN OLD.state = 'draft'
 AND EXISTS (SELECT 1 FROM vision_version l
             WHERE l.dialogue_id = OLD.dialogue_id AND l.number > OLD.number)
BEGIN
    SELECT RAISE(ABORT, 'concord: vision frozen');
END;

CREATE TRIGGER vision_superseded_draft_delete BEFORE DELETE ON vision_version
WHEN OLD.state = 'draft'
 AND EXISTS (SELECT 1 FROM vision_version l
             WHERE l.dialogue_id = OLD.dialogue_id AND l.number > OLD.number)
BEGIN
    SELECT RAISE(ABORT, 'concord: vision frozen');
END;

CREATE TRIGGER vision_superseded_section_insert BEFORE INSERT ON vision_section
WHEN EXISTS (SELECT 1 FROM vision_version v JOIN vision_version l
               ON l.dialogue_id = v.dialogue_id AND l.number > v.number
             WHERE v.id = NEW.version_id)
BEGIN
    SELECT RAISE(ABORT, 'concord: vision frozen');
END;

CREATE TRIGGER vision_superseded_section_update BEFORE UPDATE ON vision_section
WHEN EXISTS (SELECT 1 FROM vision_version v JOIN vision_version l
               ON l.dialogue_id = v.dialogue_id AND l.number > v.number
             WHERE v.id IN (OLD.version_id, NEW.version_id))
BEGIN
    SELECT RAISE(ABORT, 'concord: vision frozen');
END;

CREATE TRIGGER vision_superseded_section_delete BEFORE DELETE ON vision_section
WHEN EXISTS (SELECT 1 FROM vision_version v JOIN vision_version l
               ON l.dialogue_id = v.dialogue_id AND l.number > v.number
             WHERE v.id = OLD.version_id)
BEGIN
    SELECT RAISE(ABORT, 'concord: vision frozen');
END;

CREATE TRIGGER vision_superseded_paragraph_insert BEFORE INSERT ON vision_paragraph
WHEN EXISTS (SELECT 1 FROM vision_version v JOIN vision_version l
               ON l.dialogue_id = v.dialogue_id AND l.number > v.number
             WHERE v.id = NEW.version_id)
BEGIN
    SELECT RAISE(ABORT, 'concord: vision frozen');
END;

CREATE TRIGGER vision_superseded_paragraph_update BEFORE UPDATE ON vision_paragraph
WHEN EXISTS (SELECT 1 FROM vision_version v JOIN vision_version l
               ON l.dialogue_id = v.dialogue_id AND l.number > v.number
             WHERE v.id IN (OLD.version_id, NEW.version_id))
BEGIN
    SELECT RAISE(ABORT, 'concord: vision frozen');
END;

CREATE TRIGGER vision_superseded_paragraph_delete BEFORE DELETE ON vision_paragraph
WHEN EXISTS (SELECT 1 FROM vision_version v JOIN vision_version l
               ON l.dialogue_id = v.dialogue_id AND l.number > v.number
             WHERE v.id = OLD.version_id)
BEGIN
    SELECT RAISE(ABORT, 'concord: vision frozen');
END;

CREATE TRIGGER vision_superseded_amendment_insert BEFORE INSERT ON vision_amendment
WHEN EXISTS (SELECT 1 FROM vision_paragraph p
               JOIN vision_version v ON v.id = p.version_id
               JOIN vision_version l ON l.dialogue_id = v.dialogue_id AND l.number > v.number
             WHERE p.id = NEW.paragraph_id)
BEGIN
    SELECT RAISE(ABORT, 'concord: vision amendment to a frozen version');
END;
