-- Rollbook schema, version 7, for PostgreSQL: 0007_import_claims.sql with PostgreSQL's types.

CREATE TABLE import_person_claim (
    person_id BIGINT NOT NULL,
    batch_id  BIGINT NOT NULL REFERENCES import_batch (id) ON DELETE CASCADE,
    PRIMARY KEY (person_id, batch_id)
);

CREATE TABLE import_link_claim (
    parent_id  BIGINT NOT NULL,
    learner_id BIGINT NOT NULL,
    batch_id   BIGINT NOT NULL REFERENCES import_batch (id) ON DELETE CASCADE,
    PRIMARY KEY (parent_id, learner_id, batch_id)
);
