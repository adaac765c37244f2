-- The plain yardstick of `rollbook-bench import` (issue 16): what an administrator would do with
-- the sqlite3 shell instead of Rollbook. A fresh database with two bare tables, `.import` of both
-- files into raw tables, then one transaction that inserts the learners, the parents, and the
-- links by one join on synchronisation keys. No validation, no history, no backup.
.bail on
PRAGMA journal_mode = WAL;
PRAGMA synchronous = NORMAL;
CREATE TABLE person (
    id         INTEGER PRIMARY KEY,
    sync_key   TEXT UNIQUE,
    username   TEXT UNIQUE NOT NULL,
    first_name TEXT,
    last_name  TEXT,
    email      TEXT,
    password   TEXT,
    profile    TEXT NOT NULL
);
CREATE TABLE parent_link (
    parent_id  INTEGER,
    learner_id INTEGER,
    PRIMARY KEY (parent_id, learner_id)
) WITHOUT ROWID;
.mode csv
.import learners.csv learners_file
.import parents.csv parents_file
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
