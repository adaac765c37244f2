-- The yardstick of `rollbook-bench import` (DESIGN §6): load the same two files with sqlite3's
-- own .import and link them with one INSERT … SELECT join. No validation at all. It runs in the
-- folder of the generated files, on a database Rollbook has already created (same schema,
-- same indexes), so that both sides write the same tables.
.bail on
PRAGMA foreign_keys = ON;
PRAGMA synchronous = NORMAL;
.mode csv
BEGIN;
.import learners.csv learners_file
INSERT INTO person (sync_key, username, first_name, last_name, email, profile, created_at,
                    updated_at)
SELECT "SyncID", "User name", "First name", "Last name", "E-mail", 'learner',
       datetime('now'), datetime('now')
FROM learners_file;
DROP TABLE learners_file;
COMMIT;
BEGIN;
.import parents.csv parents_file
INSERT INTO person (sync_key, username, first_name, last_name, email, profile, created_at,
                    updated_at)
SELECT "SyncID", "User name", "First name", "Last name", "E-mail", 'parent',
       datetime('now'), datetime('now')
FROM parents_file;
INSERT INTO parent_link (parent_id, learner_id, created_by, created_at)
SELECT p.id, l.id, 'script', datetime('now')
FROM parents_file f
JOIN person p ON p.username = f."User name"
JOIN person l ON l.sync_key = f."ChildID";
DROP TABLE parents_file;
COMMIT;
