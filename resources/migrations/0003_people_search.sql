-- Rollbook schema, version 3: what the users page searches and sorts by (DESIGN §1.2, §6).
-- The page compares lower-cased text, so that "ada" finds "Ada"; each expression here is
-- written exactly as the page's queries write it, or the index is not used. Names carry the
-- row id last, which is what the page's keyset paging continues from.

CREATE INDEX person_name_sort ON person (lower(last_name), lower(first_name));
CREATE INDEX person_first_name_lower ON person (lower(first_name));
CREATE INDEX person_username_lower ON person (lower(username));
CREATE INDEX person_sync_key_lower ON person (lower(coalesce(sync_key, '')));
CREATE INDEX person_email_lower ON person (lower(coalesce(email, '')));
CREATE INDEX person_profile_name ON person (profile, lower(last_name), lower(first_name));
