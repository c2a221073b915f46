-- 0003_caseload_indexes: from the benchmark at 100 000 clients (README, Benchmarks).
-- 1. The lower-cased search keys compare byte by byte (COLLATE "C"): the same order on every server,
--    whatever its locale, and an ordinary btree then serves both ORDER BY and LIKE 'prefix%', so one
--    index gives the ordered list and the name search within it (the office's name search read 2 800
--    rows through a filter before: 19.5 ms).
-- 2. "My clients" always comes with the access rule's office too; with (counsellor_id, name_key, id)
--    PostgreSQL ANDed it with the office index and read the whole office (9 747 rows, 9.7 ms).
DROP INDEX ix_job_seekers_name_key;
DROP INDEX ix_job_seekers_first_name_key;
DROP INDEX ix_job_seekers_counsellor_id_name_key_id;
DROP INDEX ix_job_seekers_office_id_name_key_id;

ALTER TABLE job_seekers
    ALTER COLUMN name_key TYPE character varying(201) COLLATE "C",
    ALTER COLUMN first_name_key TYPE character varying(201) COLLATE "C";

CREATE INDEX ix_job_seekers_counsellor_id_office_id_name_key_id ON job_seekers (counsellor_id, office_id, name_key, id);
CREATE INDEX ix_job_seekers_office_id_name_key_id ON job_seekers (office_id, name_key, id);
CREATE INDEX ix_job_seekers_office_id_first_name_key ON job_seekers (office_id, first_name_key);
CREATE INDEX ix_job_seekers_name_key_id ON job_seekers (name_key, id);
CREATE INDEX ix_job_seekers_first_name_key ON job_seekers (first_name_key);
