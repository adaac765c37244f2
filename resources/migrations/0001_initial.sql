-- Rollbook schema, version 1: the tables of the design (DESIGN.md §2).
-- Times are ISO 8601 in UTC, stored as text.

CREATE TABLE setting (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
);

CREATE TABLE import_batch (
    id             INTEGER PRIMARY KEY,
    file_name      TEXT NOT NULL,
    sha256         TEXT NOT NULL,
    profile        TEXT NOT NULL CHECK (profile IN ('learner', 'parent', 'staff')),
    mapping        TEXT NOT NULL DEFAULT '{}',
    sync_field     TEXT,
    matching_field TEXT,
    options        TEXT NOT NULL DEFAULT '{}',
    counts         TEXT NOT NULL DEFAULT '{}',
    committed_at   TEXT,
    undone_at      TEXT
);

CREATE TABLE person (
    id          INTEGER PRIMARY KEY,
    internal_id TEXT UNIQUE,
    sync_key    TEXT UNIQUE,
    username    TEXT NOT NULL UNIQUE CHECK (username <> ''),
    first_name  TEXT NOT NULL DEFAULT '',
    last_name   TEXT NOT NULL DEFAULT '',
    email       TEXT,
    password    TEXT,
    profile     TEXT NOT NULL CHECK (profile IN ('learner', 'parent', 'staff')),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    batch_id    INTEGER REFERENCES import_batch (id) ON DELETE SET NULL
);
CREATE INDEX person_batch ON person (batch_id);

CREATE TABLE parent_link (
    parent_id  INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    learner_id INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    batch_id   INTEGER REFERENCES import_batch (id) ON DELETE SET NULL,
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    PRIMARY KEY (parent_id, learner_id),
    CHECK (parent_id <> learner_id)
);
CREATE INDEX parent_link_learner ON parent_link (learner_id);
CREATE INDEX parent_link_batch ON parent_link (batch_id);

-- One row per change made by hand: link, unlink, edit, setting.
CREATE TABLE audit (
    id        INTEGER PRIMARY KEY,
    at        TEXT NOT NULL,
    actor     TEXT NOT NULL,
    action    TEXT NOT NULL,
    person_id INTEGER,
    subject   TEXT NOT NULL DEFAULT '',
    detail    TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX audit_person ON audit (person_id);
