-- The plain yardstick of `rollbook-bench import --database postgresql://…` (issue 16): what
-- import-plain.sql does with the sqlite3 shell, done by psql: two bare tables in a schema of
-- their own (dropped first, so the database is fresh for them), \copy of both files (read on
-- this computer), then one transaction that inserts the learners, the parents, and the links by
-- one join on synchronisation keys. No validation, no history. The bench drops the schema after.
\set ON_ERROR_STOP on
DROP SCHEMA IF EXISTS rollbook_plain CASCADE;
CREATE SCHEMA rollbook_plain;
SET search_path = rollbook_plain;
CREATE TABLE person (
    id         bigserial PRIMARY KEY,
    sync_key   text UNIQUE,
    username   text UNIQUE NOT NULL,
    first_name text,
    last_name  text,
    email      text,
    password   text,
    profile    text NOT NULL
);
CREATE TABLE parent_link (
    parent_id  bigint,
    learner_id bigint,
    PRIMARY KEY (parent_id, learner_id)
);
CREATE TABLE learners_file ("SyncID" text, "User name" text, "First name" text,
                            "Last name" text, "E-mail" text);
CREATE TABLE parents_file ("SyncID" text, "User name" text, "First name" text,
                           "Last name" text, "E-mail" text, "ChildID" text);
\copy learners_file FROM 'learners.csv' WITH (FORMAT csv, HEADER true)
\copy parents_file FROM 'parents.csv' WITH (FORMAT csv, HEADER true)
BEGIN;
INSERT INTO person (sync_key, username, first_name, last_name, email, profile)
SELECT "SyncID", "User name", "First name", "Last name", "E-mail", 'learner' FROM learners_file;
INSERT INTO person (sync_key, username, first_name, last_name, email, profile)
SELECT DISTINCT "SyncID", "User name", "First name", "Last name", "E-mail", 'parent'
FROM parents_file;
INSERT INTO parent_link (parent_id, learner_id)
SELECT p.id, l.id
FROM parents_file f
JOIN person p ON p.sync_key = f."SyncID"
JOIN person l ON l.sync_key = f."ChildID";
COMMIT;
