-- Rollbook schema, version 6, for PostgreSQL: 0006_rosters.sql with PostgreSQL's types.

ALTER TABLE import_batch ADD COLUMN roster_school TEXT COLLATE "C";

CREATE TABLE import_person_removed (
    batch_id    BIGINT NOT NULL REFERENCES import_batch (id) ON DELETE CASCADE,
    person_id   BIGINT NOT NULL,
    internal_id TEXT COLLATE "C",
    sync_key    TEXT COLLATE "C",
    username    TEXT COLLATE "C" NOT NULL,
    first_name  TEXT COLLATE "C" NOT NULL,
    last_name   TEXT COLLATE "C" NOT NULL,
    email       TEXT COLLATE "C",
    password    TEXT COLLATE "C",
    profile     TEXT COLLATE "C" NOT NULL,
    created_at  TEXT COLLATE "C" NOT NULL,
    updated_at  TEXT COLLATE "C" NOT NULL,
    person_batch_id BIGINT,
    version     INTEGER NOT NULL,
    updated_by  TEXT COLLATE "C" NOT NULL,
    PRIMARY KEY (batch_id, person_id)
);

CREATE TABLE import_link_removed (
    batch_id      BIGINT NOT NULL REFERENCES import_batch (id) ON DELETE CASCADE,
    parent_id     BIGINT NOT NULL,
    learner_id    BIGINT NOT NULL,
    link_batch_id BIGINT,
    created_by    TEXT COLLATE "C" NOT NULL,
    created_at    TEXT COLLATE "C" NOT NULL,
    PRIMARY KEY (batch_id, parent_id, learner_id)
);
