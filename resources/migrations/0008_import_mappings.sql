-- Rollbook schema, version 8: how files were read, to read the next one the same way. An
-- import remembers the mapping it was committed with under the file's header signature (its
-- folded headers in order) and profile: the platform's learner and parent files have the same
-- headers, and each is read its own way. A preset is a mapping saved under a name, to share. The mapping is
-- JSON (ImportMappings::toJson); file_name and saved_at say which import it came from.

CREATE TABLE import_mapping (
    signature TEXT NOT NULL,
    profile   TEXT NOT NULL,
    mapping   TEXT NOT NULL,
    file_name TEXT NOT NULL,
    saved_at  TEXT NOT NULL,
    PRIMARY KEY (signature, profile)
);

CREATE TABLE import_preset (
    name     TEXT PRIMARY KEY,
    mapping  TEXT NOT NULL,
    saved_at TEXT NOT NULL
);

-- One preset per name, whatever its letters' case.
CREATE UNIQUE INDEX import_preset_folded_name ON import_preset (lower(name));
