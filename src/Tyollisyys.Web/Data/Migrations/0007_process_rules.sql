-- 0007_process_rules: the job-seeker process rule sets as data (issue 4 item 4), seeded with the rules of
-- 1.1.2025 and 1.1.2026 (domain.md §3). A null supplementary schedule means "by service need".

CREATE TABLE process_rule_sets (
    id integer GENERATED ALWAYS AS IDENTITY,
    name character varying(100) NOT NULL,
    effective_from date NOT NULL,
    initial_interview_working_days integer NOT NULL,
    job_search_conversation_interval_months integer NOT NULL,
    supplementary_initial_count integer,
    supplementary_initial_months integer,
    supplementary_later_count integer,
    supplementary_later_after_months integer,
    supplementary_later_window_months integer,
    CONSTRAINT pk_process_rule_sets PRIMARY KEY (id)
);

CREATE UNIQUE INDEX ix_process_rule_sets_effective_from ON process_rule_sets (effective_from);

INSERT INTO process_rule_sets (name, effective_from, initial_interview_working_days, job_search_conversation_interval_months,
    supplementary_initial_count, supplementary_initial_months, supplementary_later_count,
    supplementary_later_after_months, supplementary_later_window_months)
VALUES ('2025', DATE '2025-01-01', 5, 3, 5, 3, 2, 6, 1),
       ('2026', DATE '2026-01-01', 10, 3, NULL, NULL, NULL, NULL, NULL);
