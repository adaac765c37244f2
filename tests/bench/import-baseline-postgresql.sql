-- The yardstick of `rollbook-bench import --database postgresql://…`: what
-- import-baseline.sql does with sqlite3, done by psql with COPY (\copy reads the files on
-- this computer) and one INSERT … SELECT join. No validation at all. It runs in the folder of
-- the generated files, on the database the engine has just used, emptied again (same schema,
-- same indexes), so that both sides write the same tables.
\set ON_ERROR_STOP on
BEGIN;
CREATE TEMP TABLE learners_file ("SyncID" text, "User name" text, "First name" text,
                                 "Last name" text, "E-mail" text);
\copy learners_file FROM 'learners.csv' WITH (FORMAT csv, HEADER true)
INSERT INTO person (sync_key, username, first_name, last_name, email, profile, created_at,
                    updated_at)
SELECT "SyncID", "User name", "First name", "Last name", "E-mail", 'learner',
       now()::text, now()::text
FROM learners_file;
DROP TABLE learners_file;
COMMIT;
BEGIN;
CREATE TEMP TABLE parents_file ("SyncID" text, "User name" text, "First name" text,
                                "Last name" text, "E-mail" text, "ChildID" text);
\copy parents_file FROM 'parents.csv' WITH (FORMAT csv, HEADER true)
INSERT INTO person (sync_key, username, first_name, last_name, email, profile, created_at,
                    updated_at)
SELECT "SyncID", "User name", "First name", "Last name", "E-mail", 'parent',
       now()::text, now()::text
FROM parents_file;
INSERT INTO parent_link (parent_id, learner_id, created_by, created_at)
SELECT p.id, l.id, 'script', now()::text
FROM parents_file f
JOIN person p ON p.username = f."User name"
JOIN person l ON l.sync_key = f."ChildID";
DROP TABLE parents_file;
COMMIT;
