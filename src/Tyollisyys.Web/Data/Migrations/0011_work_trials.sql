-- 0011_work_trials: work-trial agreements (työkokeilu) with their follow-up contacts and monthly attendance
-- (issue 6). A continuation after a change of workplace points at the trial it continues.

CREATE TABLE work_trials (
    id bigint GENERATED ALWAYS AS IDENTITY,
    job_seeker_id bigint NOT NULL,
    organiser_id integer NOT NULL,
    continues_trial_id bigint,
    goal integer NOT NULL,
    supervisor_name character varying(200) NOT NULL,
    supervisor_phone character varying(50),
    supervisor_email character varying(254),
    tasks text NOT NULL,
    start_date date NOT NULL,
    end_date date NOT NULL,
    days_per_week integer NOT NULL,
    hours_per_day numeric(3,1) NOT NULL,
    contact_plan text,
    outside_commuting_area boolean NOT NULL,
    job_seeker_signed_on date,
    counsellor_signed_on date,
    organiser_signed_on date,
    status integer NOT NULL,
    started_on date,
    completed_on date,
    outcome integer,
    closing_summary text,
    interrupted_on date,
    interruption_reason text,
    feedback_given_on date,
    feedback_attendance integer,
    feedback_work_skills integer,
    feedback_social_skills integer,
    feedback_suitability integer,
    feedback_recommends boolean,
    feedback_text text,
    CONSTRAINT pk_work_trials PRIMARY KEY (id),
    CONSTRAINT fk_work_trials_job_seekers_job_seeker_id FOREIGN KEY (job_seeker_id) REFERENCES job_seekers (id) ON DELETE RESTRICT,
    CONSTRAINT fk_work_trials_employers_organiser_id FOREIGN KEY (organiser_id) REFERENCES employers (id) ON DELETE RESTRICT,
    CONSTRAINT fk_work_trials_work_trials_continues_trial_id FOREIGN KEY (continues_trial_id) REFERENCES work_trials (id) ON DELETE RESTRICT
);

CREATE INDEX ix_work_trials_job_seeker_id_start_date ON work_trials (job_seeker_id, start_date);
CREATE INDEX ix_work_trials_organiser_id ON work_trials (organiser_id);
CREATE INDEX ix_work_trials_continues_trial_id ON work_trials (continues_trial_id);
CREATE INDEX ix_work_trials_status ON work_trials (status);

CREATE TABLE work_trial_contacts (
    id bigint GENERATED ALWAYS AS IDENTITY,
    work_trial_id bigint NOT NULL,
    key uuid NOT NULL,
    date date NOT NULL,
    channel integer NOT NULL,
    with_whom character varying(200) NOT NULL,
    notes text,
    kind integer NOT NULL,
    CONSTRAINT pk_work_trial_contacts PRIMARY KEY (id),
    CONSTRAINT fk_work_trial_contacts_work_trials_work_trial_id FOREIGN KEY (work_trial_id) REFERENCES work_trials (id) ON DELETE CASCADE
);

CREATE UNIQUE INDEX ix_work_trial_contacts_work_trial_id_key ON work_trial_contacts (work_trial_id, key);

CREATE TABLE work_trial_attendance (
    id bigint GENERATED ALWAYS AS IDENTITY,
    work_trial_id bigint NOT NULL,
    key uuid NOT NULL,
    year integer NOT NULL,
    month integer NOT NULL,
    dates date[] NOT NULL,
    CONSTRAINT pk_work_trial_attendance PRIMARY KEY (id),
    CONSTRAINT fk_work_trial_attendance_work_trials_work_trial_id FOREIGN KEY (work_trial_id) REFERENCES work_trials (id) ON DELETE CASCADE
);

CREATE UNIQUE INDEX ix_work_trial_attendance_work_trial_id_key ON work_trial_attendance (work_trial_id, key);
CREATE UNIQUE INDEX ix_work_trial_attendance_work_trial_id_year_month ON work_trial_attendance (work_trial_id, year, month);
