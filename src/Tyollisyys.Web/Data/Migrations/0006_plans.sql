-- 0006_plans: the employment plan (työllistymissuunnitelma) in versions, with its agreed actions and its three
-- job-search obligation periods, and the service catalogue that admins maintain. A plan version is inserted once
-- and never updated; the unique (job_seeker_id, version) refuses a second save based on the same version.

CREATE TABLE service_offerings (
    id integer GENERATED ALWAYS AS IDENTITY,
    name_fi character varying(200) NOT NULL,
    name_sv character varying(200) NOT NULL,
    name_en character varying(200) NOT NULL,
    provider character varying(200),
    is_active boolean NOT NULL,
    CONSTRAINT pk_service_offerings PRIMARY KEY (id)
);

CREATE UNIQUE INDEX ix_service_offerings_name_fi ON service_offerings (name_fi);

CREATE TABLE employment_plans (
    id bigint GENERATED ALWAYS AS IDENTITY,
    job_seeker_id bigint NOT NULL,
    version integer NOT NULL,
    type integer NOT NULL,
    goals text NOT NULL,
    agreed_on date NOT NULL,
    next_review_date date NOT NULL,
    author_id uuid NOT NULL,
    saved_at timestamp with time zone NOT NULL,
    CONSTRAINT pk_employment_plans PRIMARY KEY (id),
    CONSTRAINT fk_employment_plans_identity_users_author_id FOREIGN KEY (author_id) REFERENCES identity_users (id) ON DELETE RESTRICT,
    CONSTRAINT fk_employment_plans_job_seekers_job_seeker_id FOREIGN KEY (job_seeker_id) REFERENCES job_seekers (id) ON DELETE RESTRICT
);

CREATE INDEX ix_employment_plans_author_id ON employment_plans (author_id);
CREATE UNIQUE INDEX ix_employment_plans_job_seeker_id_version ON employment_plans (job_seeker_id, version);

CREATE TABLE plan_actions (
    employment_plan_id bigint NOT NULL,
    ordinal integer NOT NULL,
    key uuid NOT NULL,
    what text NOT NULL,
    responsible integer NOT NULL,
    organisation_name character varying(200),
    due_date date,
    status integer NOT NULL,
    completed_on date,
    service_id integer,
    CONSTRAINT pk_plan_actions PRIMARY KEY (employment_plan_id, ordinal),
    CONSTRAINT fk_plan_actions_employment_plans_employment_plan_id FOREIGN KEY (employment_plan_id) REFERENCES employment_plans (id) ON DELETE CASCADE,
    CONSTRAINT fk_plan_actions_service_offerings_service_id FOREIGN KEY (service_id) REFERENCES service_offerings (id) ON DELETE RESTRICT
);

CREATE INDEX ix_plan_actions_service_id ON plan_actions (service_id);

CREATE TABLE plan_obligation_periods (
    employment_plan_id bigint NOT NULL,
    number integer NOT NULL,
    start_date date NOT NULL,
    end_date date NOT NULL,
    jobs_required integer NOT NULL,
    reduced_reason text,
    CONSTRAINT pk_plan_obligation_periods PRIMARY KEY (employment_plan_id, number),
    CONSTRAINT fk_plan_obligation_periods_employment_plans_employment_plan_id FOREIGN KEY (employment_plan_id) REFERENCES employment_plans (id) ON DELETE CASCADE
);

-- The catalogue's first services, as the municipal employment services commonly offer them.
INSERT INTO service_offerings (name_fi, name_sv, name_en, provider, is_active) VALUES
    ('Työnhakuvalmennus', 'Jobbsökarträning', 'Job-search coaching', NULL, true),
    ('Uravalmennus', 'Karriärcoachning', 'Career coaching', NULL, true),
    ('Työkokeilu', 'Arbetsprövning', 'Work trial', NULL, true),
    ('Palkkatuki', 'Lönesubvention', 'Pay subsidy', NULL, true),
    ('Ammatillinen koulutus', 'Yrkesutbildning', 'Vocational training', 'Kainuun ammattiopisto', true),
    ('Kuntouttava työtoiminta', 'Arbetsverksamhet i rehabiliteringssyfte', 'Rehabilitative work activity', 'Kajaanin kaupunki', true);
