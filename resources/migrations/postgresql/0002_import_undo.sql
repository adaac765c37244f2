-- Rollbook schema, version 2, for PostgreSQL: 0002_import_undo.sql with PostgreSQL's types.

CREATE TABLE import_person_before (
    batch_id    BIGINT NOT NULL REFERENCES import_batch (id) ON DELETE CASCADE,
    person_id   BIGINT NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    internal_id TEXT COLLATE "C",
    sync_key    TEXT COLLATE "C",
    username    TEXT COLLATE "C" NOT NULL,
    first_name  TEXT COLLATE "C" NOT NULL,
    last_name   TEXT COLLATE "C" NOT NULL,
    email       TEXT COLLATE "C",
    password    TEXT COLLATE "C",
    updated_at  TEXT COLLATE "C" NOT NULL,
    PRIMARY KEY (batch_id, person_id)
);
CREATE INDEX import_person_before_person ON import_person_before (person_id);
CREATE INDEX audit_at ON audit (at);
