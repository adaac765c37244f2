-- Rollbook schema, version 7: what each import asserted of what was already there. A person an
-- import matched (changed or not) and a link it named that an earlier import had made are its
-- claims: Undo import of the earlier one then refuses to remove such a person (naming the later
-- import) and keeps such a link, handing it to the latest import in force that named it too.
-- What an import created is known by its batch_id already, so only these are written.

CREATE TABLE import_person_claim (
    person_id INTEGER NOT NULL,
    batch_id  INTEGER NOT NULL REFERENCES import_batch (id) ON DELETE CASCADE,
    PRIMARY KEY (person_id, batch_id)
) WITHOUT ROWID;

CREATE TABLE import_link_claim (
    parent_id  INTEGER NOT NULL,
    learner_id INTEGER NOT NULL,
    batch_id   INTEGER NOT NULL REFERENCES import_batch (id) ON DELETE CASCADE,
    PRIMARY KEY (parent_id, learner_id, batch_id)
) WITHOUT ROWID;
