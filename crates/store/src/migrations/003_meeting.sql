-- Meetings, their agenda and attendance (minimal; the meetings work extends them).
CREATE TABLE meeting (
    id           INTEGER PRIMARY KEY,
    dialogue_id  INTEGER NOT NULL REFERENCES dialogue(id),
    kind         TEXT NOT NULL CHECK (kind IN ('plenary', 'working-group')),
    title_zh     TEXT NOT NULL DEFAULT '',
    title_en     TEXT NOT NULL DEFAULT '',
    starts_at    TEXT NOT NULL,
    place_zh     TEXT NOT NULL DEFAULT '',
    place_en     TEXT NOT NULL DEFAULT '',
    chair        TEXT NOT NULL DEFAULT '',
    secretary    TEXT NOT NULL DEFAULT '',
    state        TEXT NOT NULL DEFAULT 'planned' CHECK (state IN ('planned', 'opened', 'closed')),
    opened_by    TEXT NOT NULL DEFAULT '',
    opened_at    TEXT,
    closed_by    TEXT NOT NULL DEFAULT '',
    closed_at    TEXT
);

CREATE TABLE agenda_item (
    id               INTEGER PRIMARY KEY,
    meeting_id       INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
    position         INTEGER NOT NULL,
    title_zh         TEXT NOT NULL DEFAULT '',
    title_en         TEXT NOT NULL DEFAULT '',
    presenter        TEXT NOT NULL DEFAULT '',
    planned_minutes  INTEGER NOT NULL DEFAULT 0,
    notes_zh         TEXT NOT NULL DEFAULT '',
    notes_en         TEXT NOT NULL DEFAULT '',
    UNIQUE (meeting_id, position)
);

CREATE TABLE attendance (
    meeting_id      INTEGER NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
    stakeholder_id  INTEGER NOT NULL REFERENCES stakeholder(id),
    present         INTEGER NOT NULL DEFAULT 1,
    PRIMARY KEY (meeting_id, stakeholder_id)
);
