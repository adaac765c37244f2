-- Rollbook schema, version 9: how long initial passwords are kept. `password_distributed_at`
-- says when a person's password last went out (exported with passwords, printed, saved as
-- letters or written as e-mails), so that Edit global settings > Privacy can forget it a
-- number of days later. A new password (imported, typed, generated, forgotten) has not been
-- distributed yet: the trigger clears the time whenever the password changes.

ALTER TABLE person ADD COLUMN password_distributed_at TEXT;

CREATE TRIGGER person_password_changed AFTER UPDATE OF password ON person
WHEN NEW.password IS NOT OLD.password AND NEW.password_distributed_at IS NOT NULL
BEGIN
    UPDATE person SET password_distributed_at = NULL WHERE id = NEW.id;
END;
