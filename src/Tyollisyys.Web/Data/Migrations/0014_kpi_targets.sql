-- 0014_kpi_targets: the KPI dashboard (issue 7 items 2 and 6).
-- 1. Residence history: a client counts in the municipality they lived in on the day a figure concerns. The register
--    knew only the current home, so each client gets one residence from their birth date; later moves close it and
--    open the next (JobSeeker.UpdateDetails). The open job-search spell is not split by a move: its deadlines run on.
-- 2. Each unemployed spell keeps the first day of its unemployment run (unemployed_since), so "long-term unemployed on
--    day D" is a plain comparison for any past D. Backfilled here: a run is unbroken unemployed spells (fully
--    unemployed 1 or laid off 2), each beginning the day after the previous one ended.
-- 3. kpi_targets: an admin's target per municipality, year and figure (Tyollisyys.Domain/Kpi/KpiCode.cs numbers).
-- 4. Indexes for the KPI aggregates: residences by municipality and by client, spells by start date (runs and job
--    searches begun in a period), trials by completion day, decisions by municipality and decision day.

CREATE TABLE job_seeker_residences (
    id bigint GENERATED ALWAYS AS IDENTITY,
    job_seeker_id bigint NOT NULL,
    municipality_id integer NOT NULL,
    valid_from date NOT NULL,
    valid_to date,
    CONSTRAINT pk_job_seeker_residences PRIMARY KEY (id),
    CONSTRAINT fk_job_seeker_residences_job_seekers_job_seeker_id FOREIGN KEY (job_seeker_id) REFERENCES job_seekers (id) ON DELETE RESTRICT,
    CONSTRAINT fk_job_seeker_residences_municipalities_municipality_id FOREIGN KEY (municipality_id) REFERENCES municipalities (id) ON DELETE RESTRICT
);

INSERT INTO job_seeker_residences (job_seeker_id, municipality_id, valid_from)
SELECT id, home_municipality_id, birth_date FROM job_seekers;

CREATE INDEX ix_job_seeker_residences_job_seeker_id_valid_from ON job_seeker_residences (job_seeker_id, valid_from);
CREATE INDEX ix_job_seeker_residences_municipality_id_valid_from ON job_seeker_residences (municipality_id, valid_from);

ALTER TABLE job_search_spells ADD unemployed_since date;

UPDATE job_search_spells AS target
SET unemployed_since = runs.run_start
FROM (
    SELECT id, min(start_date) OVER (PARTITION BY job_seeker_id, run) AS run_start
    FROM (
        SELECT id, job_seeker_id, start_date,
               sum(starts_run) OVER (PARTITION BY job_seeker_id ORDER BY start_date) AS run
        FROM (
            SELECT id, job_seeker_id, start_date, status,
                   CASE WHEN lag(status) OVER w IN (1, 2) AND lag(end_date) OVER w = start_date - 1 THEN 0 ELSE 1 END AS starts_run
            FROM job_search_spells
            WHERE status IN (1, 2)
            WINDOW w AS (PARTITION BY job_seeker_id ORDER BY start_date)
        ) AS flagged
    ) AS numbered
) AS runs
WHERE runs.id = target.id;

CREATE INDEX ix_job_search_spells_start_date ON job_search_spells (start_date);

CREATE TABLE kpi_targets (
    id integer GENERATED ALWAYS AS IDENTITY,
    municipality_id integer NOT NULL,
    year integer NOT NULL,
    kpi integer NOT NULL,
    value numeric(12,2) NOT NULL,
    CONSTRAINT pk_kpi_targets PRIMARY KEY (id),
    CONSTRAINT fk_kpi_targets_municipalities_municipality_id FOREIGN KEY (municipality_id) REFERENCES municipalities (id) ON DELETE RESTRICT
);

CREATE UNIQUE INDEX ix_kpi_targets_municipality_id_year_kpi ON kpi_targets (municipality_id, year, kpi);

CREATE INDEX ix_work_trials_completed_on ON work_trials (completed_on);
CREATE INDEX ix_kuntalisa_decisions_municipality_id_decided_on ON kuntalisa_decisions (municipality_id, decided_on);
