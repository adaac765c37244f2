-- Rollbook schema, version 5: one import may hold learners with their parents (a student
-- system's file with the guardians beside each learner), so an import batch's profile may be
-- 'learners-with-parents'. SQLite changes a CHECK constraint only by building the table anew
-- (its documented procedure for other schema changes): Rollbook migrates with foreign keys
-- off and checks them before the step commits, so the people and links that name a batch keep
-- it.

CREATE TABLE import_batch_new (
    id             INTEGER PRIMARY KEY,
    file_name      TEXT NOT NULL,
    sha256         TEXT NOT NULL,
    profile        TEXT NOT NULL
                   CHECK (profile IN ('learner', 'parent', 'staff', 'learners-with-parents')),
    mapping        TEXT NOT NULL DEFAULT '{}',
    sync_field     TEXT,
    matching_field TEXT,
    options        TEXT NOT NULL DEFAULT '{}',
    counts         TEXT NOT NULL DEFAULT '{}',
    committed_at   TEXT,
    undone_at      TEXT
);
INSERT INTO import_batch_new (id, file_name, sha256, profile, mapping, sync_field,
                              matching_field, options, counts, committed_at, undone_at)
    SELECT id, file_name, sha256, profile, mapping, sync_field, matching_field, options, counts,
           committed_at, undone_at
    FROM import_batch;
DROP TABLE import_batch;
ALTER TABLE import_batch_new RENAME TO import_batch;
