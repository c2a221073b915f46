-- 0002_job_seekers: the job-seeker register (issue order 2): clients, their job-search spells and
-- the customer-number sequence. Indexes serve the caseload list (by counsellor or office, in name
-- order, keyset-paged on (name_key, id)) and prefix search on names and identity codes.

CREATE SEQUENCE customer_numbers START WITH 100001 INCREMENT BY 1 NO CYCLE;

CREATE TABLE job_seekers (
    id bigint GENERATED ALWAYS AS IDENTITY,
    identity_code character varying(11) NOT NULL,
    birth_date date NOT NULL,
    customer_number character varying(20) NOT NULL,
    first_names character varying(100) NOT NULL,
    last_name character varying(100) NOT NULL,
    name_key character varying(201) NOT NULL,
    first_name_key character varying(201) NOT NULL,
    phone character varying(40),
    email character varying(254),
    street_address character varying(200),
    postal_code character varying(10),
    post_office character varying(100),
    home_municipality_id integer NOT NULL,
    service_language integer NOT NULL,
    other_language character varying(50),
    education_level integer NOT NULL,
    occupation_goals character varying(2000),
    partial_work_ability boolean NOT NULL,
    disability_or_long_term_illness boolean NOT NULL,
    immigrant_or_foreign_language boolean NOT NULL,
    counsellor_id uuid NOT NULL,
    office_id integer NOT NULL,
    current_status integer,
    unemployed_since date,
    created_at timestamp with time zone NOT NULL,
    CONSTRAINT pk_job_seekers PRIMARY KEY (id),
    CONSTRAINT fk_job_seekers_identity_users_counsellor_id FOREIGN KEY (counsellor_id) REFERENCES identity_users (id) ON DELETE RESTRICT,
    CONSTRAINT fk_job_seekers_municipalities_home_municipality_id FOREIGN KEY (home_municipality_id) REFERENCES municipalities (id) ON DELETE RESTRICT,
    CONSTRAINT fk_job_seekers_offices_office_id FOREIGN KEY (office_id) REFERENCES offices (id) ON DELETE RESTRICT
);

CREATE TABLE job_search_spells (
    id bigint GENERATED ALWAYS AS IDENTITY,
    job_seeker_id bigint NOT NULL,
    start_date date NOT NULL,
    status integer NOT NULL,
    end_date date,
    end_reason integer,
    CONSTRAINT pk_job_search_spells PRIMARY KEY (id),
    CONSTRAINT fk_job_search_spells_job_seekers_job_seeker_id FOREIGN KEY (job_seeker_id) REFERENCES job_seekers (id) ON DELETE RESTRICT
);

CREATE INDEX ix_job_search_spells_job_seeker_id_start_date ON job_search_spells (job_seeker_id, start_date);
CREATE INDEX ix_job_seekers_counsellor_id_name_key_id ON job_seekers (counsellor_id, name_key, id);
CREATE UNIQUE INDEX ix_job_seekers_customer_number ON job_seekers (customer_number);
CREATE INDEX ix_job_seekers_first_name_key ON job_seekers (first_name_key text_pattern_ops);
CREATE INDEX ix_job_seekers_home_municipality_id ON job_seekers (home_municipality_id);
CREATE UNIQUE INDEX ix_job_seekers_identity_code ON job_seekers (identity_code text_pattern_ops);
CREATE INDEX ix_job_seekers_name_key ON job_seekers (name_key text_pattern_ops);
CREATE INDEX ix_job_seekers_office_id_name_key_id ON job_seekers (office_id, name_key, id);
