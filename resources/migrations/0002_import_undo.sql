-- Rollbook schema, version 2: what Undo import needs. For every person an import updated, the
-- values they had before it; the people it created and the links it made carry its batch_id.

CREATE TABLE import_person_before (
    batch_id    INTEGER NOT NULL REFERENCES import_batch (id) ON DELETE CASCADE,
    person_id   INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    internal_id TEXT,
    sync_key    TEXT,
    username    TEXT NOT NULL,
    first_name  TEXT NOT NULL,
    last_name   TEXT NOT NULL,
    email       TEXT,
    password    TEXT,
    updated_at  TEXT NOT NULL,
    PRIMARY KEY (batch_id, person_id)
);
CREATE INDEX import_person_before_person ON import_person_before (person_id);
CREATE INDEX audit_at ON audit (at);
