-- Rollbook schema, version 5 (PostgreSQL): an import batch's profile may be
-- 'learners-with-parents' (see ../0005_batch_profiles.sql).

ALTER TABLE import_batch DROP CONSTRAINT import_batch_profile_check;
ALTER TABLE import_batch ADD CONSTRAINT import_batch_profile_check
    CHECK (profile IN ('learner', 'parent', 'staff', 'learners-with-parents'));
