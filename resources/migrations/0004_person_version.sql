-- Rollbook schema, version 4: two administrators at once (a shared PostgreSQL database). Every
-- change to a person adds one to `version` and names who made it in `updated_by`; saving an
-- edit is refused when the version is no longer the one that was opened. An import keeps the
-- version each person had before it, so that its undo can tell whether anyone changed them
-- since (NULL for imports made before this version). The same SQL on both engines.

ALTER TABLE person ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE person ADD COLUMN updated_by TEXT NOT NULL DEFAULT '';
ALTER TABLE import_person_before ADD COLUMN version INTEGER;
