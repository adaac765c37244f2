-- Rollbook schema, version 6: standard rosters (OneRoster, School Data Sync). A roster is a
-- whole school, so an import batch made from one names the school (its orgs' sourcedIds), and
-- the next roster of that school can list who left. People removed by a roster import, on the
-- administrator's explicit choice, are kept here with their links so that Undo import puts
-- them back exactly as they were.

ALTER TABLE import_batch ADD COLUMN roster_school TEXT;

CREATE TABLE import_person_removed (
    batch_id    INTEGER NOT NULL REFERENCES import_batch (id) ON DELETE CASCADE,
    person_id   INTEGER NOT NULL,
    internal_id TEXT,
    sync_key    TEXT,
    username    TEXT NOT NULL,
    first_name  TEXT NOT NULL,
    last_name   TEXT NOT NULL,
    email       TEXT,
    password    TEXT,
    profile     TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    person_batch_id INTEGER,
    version     INTEGER NOT NULL,
    updated_by  TEXT NOT NULL,
    PRIMARY KEY (batch_id, person_id)
);

CREATE TABLE import_link_removed (
    batch_id      INTEGER NOT NULL REFERENCES import_batch (id) ON DELETE CASCADE,
    parent_id     INTEGER NOT NULL,
    learner_id    INTEGER NOT NULL,
    link_batch_id INTEGER,
    created_by    TEXT NOT NULL,
    created_at    TEXT NOT NULL,
    PRIMARY KEY (batch_id, parent_id, learner_id)
);
