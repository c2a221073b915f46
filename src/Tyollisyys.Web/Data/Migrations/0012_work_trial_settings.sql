-- 0012_work_trial_settings: what an admin sets for work trials (issue 6 items 3 and 6).
-- The follow-up rule lives in one settings row (an installation serves one employment area), seeded with the
-- default of domain.md §5: at least 2 contacts a week during the first 4 weeks.
-- The expense-allowance rates are dated: each attended day is paid at the rate in force on it. The seeded rate of
-- 9 € (18 € outside the commuting area) has no start ('-infinity', which Npgsql reads as DateOnly.MinValue), so
-- every trial date the app accepts has a rate, exactly as with ExpenseAllowance.StandardRates before this table.

CREATE TABLE work_trial_settings (
    id integer NOT NULL,
    follow_up_min_contacts_per_week integer NOT NULL,
    follow_up_for_first_weeks integer NOT NULL,
    CONSTRAINT pk_work_trial_settings PRIMARY KEY (id),
    CONSTRAINT ck_work_trial_settings_single_row CHECK (id = 1)
);

INSERT INTO work_trial_settings (id, follow_up_min_contacts_per_week, follow_up_for_first_weeks) VALUES (1, 2, 4);

CREATE TABLE work_trial_allowance_rates (
    effective_from date NOT NULL,
    normal numeric(12,2) NOT NULL,
    outside_commuting numeric(12,2) NOT NULL,
    CONSTRAINT pk_work_trial_allowance_rates PRIMARY KEY (effective_from)
);

INSERT INTO work_trial_allowance_rates (effective_from, normal, outside_commuting) VALUES (DATE '-infinity', 9.00, 18.00);
