-- 0010_kuntalisa_decisions: kuntalisä decisions with their payment claims, and the per-municipality, per-year
-- counter that gives gapless decision numbers at approval (issue 5 items 4 and 5).

CREATE TABLE kuntalisa_decisions (
    id bigint GENERATED ALWAYS AS IDENTITY,
    municipality_id integer NOT NULL,
    job_seeker_id bigint NOT NULL,
    employer_id integer NOT NULL,
    rule_version_id integer NOT NULL,
    drafted_by uuid NOT NULL,
    drafted_at timestamp with time zone NOT NULL,
    application_date date NOT NULL,
    employment_start date NOT NULL,
    employment_end date,
    weekly_hours numeric(5,2) NOT NULL,
    gross_monthly_pay numeric(12,2) NOT NULL,
    monthly_employer_costs numeric(12,2) NOT NULL,
    collective_agreement character varying(200) NOT NULL,
    has_state_pay_subsidy boolean NOT NULL,
    requested_percent numeric(5,2),
    requested_months integer NOT NULL,
    status integer NOT NULL,
    submitted_at timestamp with time zone,
    decided_by uuid,
    decided_at timestamp with time zone,
    decided_on date,
    rejection_reason text,
    number character varying(20),
    number_year integer,
    number_sequence integer,
    granted_percent numeric(5,2),
    granted_monthly_amount numeric(12,2),
    granted_months integer,
    granted_total numeric(12,2),
    granted_bonus numeric(12,2),
    subsidy_start date,
    subsidy_end date,
    committed numeric(12,2) NOT NULL,
    cancelled_at timestamp with time zone,
    cancel_reason text,
    ended_early_on date,
    ended_at timestamp with time zone,
    end_reason text,
    allowed_total numeric(12,2),
    recovery_amount numeric(12,2) NOT NULL,
    closed_at timestamp with time zone,
    applicant_age integer,
    applicant_unemployment_days integer,
    applicant_labour_market_subsidy_days integer,
    applicant_target_groups integer,
    applicant_home_municipality_id integer,
    CONSTRAINT pk_kuntalisa_decisions PRIMARY KEY (id),
    CONSTRAINT fk_kuntalisa_decisions_municipalities_municipality_id FOREIGN KEY (municipality_id) REFERENCES municipalities (id) ON DELETE RESTRICT,
    CONSTRAINT fk_kuntalisa_decisions_job_seekers_job_seeker_id FOREIGN KEY (job_seeker_id) REFERENCES job_seekers (id) ON DELETE RESTRICT,
    CONSTRAINT fk_kuntalisa_decisions_employers_employer_id FOREIGN KEY (employer_id) REFERENCES employers (id) ON DELETE RESTRICT,
    CONSTRAINT fk_kuntalisa_decisions_kuntalisa_rule_versions_rule_version_id FOREIGN KEY (rule_version_id) REFERENCES kuntalisa_rule_versions (id) ON DELETE RESTRICT
);

CREATE INDEX ix_kuntalisa_decisions_job_seeker_id ON kuntalisa_decisions (job_seeker_id);
CREATE INDEX ix_kuntalisa_decisions_employer_id ON kuntalisa_decisions (employer_id);
CREATE INDEX ix_kuntalisa_decisions_rule_version_id ON kuntalisa_decisions (rule_version_id);
CREATE INDEX ix_kuntalisa_decisions_status_submitted_at ON kuntalisa_decisions (status, submitted_at);
CREATE UNIQUE INDEX ix_kuntalisa_decisions_number ON kuntalisa_decisions (municipality_id, number_year, number_sequence);

CREATE TABLE kuntalisa_payment_claims (
    id bigint GENERATED ALWAYS AS IDENTITY,
    decision_id bigint NOT NULL,
    key uuid NOT NULL,
    period_start date NOT NULL,
    period_end date NOT NULL,
    received_on date NOT NULL,
    wages_paid numeric(12,2) NOT NULL,
    months numeric(8,4) NOT NULL,
    payable_amount numeric(12,2) NOT NULL,
    payable_limited_by_monthly_amount boolean NOT NULL,
    payable_limited_by_grant boolean NOT NULL,
    is_late boolean NOT NULL,
    late_reason text,
    recorded_by uuid NOT NULL,
    recorded_at timestamp with time zone NOT NULL,
    CONSTRAINT pk_kuntalisa_payment_claims PRIMARY KEY (id),
    CONSTRAINT fk_kuntalisa_payment_claims_kuntalisa_decisions_decision_id FOREIGN KEY (decision_id) REFERENCES kuntalisa_decisions (id) ON DELETE CASCADE
);

CREATE UNIQUE INDEX ix_kuntalisa_payment_claims_decision_id_key ON kuntalisa_payment_claims (decision_id, key);

CREATE TABLE kuntalisa_number_series (
    municipality_id integer NOT NULL,
    year integer NOT NULL,
    last_sequence integer NOT NULL,
    CONSTRAINT pk_kuntalisa_number_series PRIMARY KEY (municipality_id, year),
    CONSTRAINT fk_kuntalisa_number_series_municipalities_municipality_id FOREIGN KEY (municipality_id) REFERENCES municipalities (id) ON DELETE RESTRICT
);
