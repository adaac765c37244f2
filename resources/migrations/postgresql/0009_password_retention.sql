-- Rollbook schema, version 9 on PostgreSQL: as resources/migrations/0009_password_retention.sql,
-- with the trigger as PostgreSQL writes one (a function that clears the time before the row is
-- written).

ALTER TABLE person ADD COLUMN password_distributed_at TEXT COLLATE "C";

CREATE FUNCTION person_password_changed() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF NEW.password IS DISTINCT FROM OLD.password THEN NEW.password_distributed_at := NULL; END IF; RETURN NEW; END $$;

CREATE TRIGGER person_password_changed BEFORE UPDATE OF password ON person
    FOR EACH ROW EXECUTE FUNCTION person_password_changed();
