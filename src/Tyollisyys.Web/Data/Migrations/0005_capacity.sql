-- 0005_capacity: functional-capacity assessments (toimintakyvyn arviointi), issue 4. The domains are an
-- admin-kept list seeded with the five ICF-based ones; an assessment and its ratings are written once.

CREATE TABLE capacity_domains (
    id integer GENERATED ALWAYS AS IDENTITY,
    code character varying(50) NOT NULL,
    name_fi character varying(100) NOT NULL,
    name_sv character varying(100) NOT NULL,
    name_en character varying(100) NOT NULL,
    ordinal integer NOT NULL,
    is_active boolean NOT NULL,
    CONSTRAINT pk_capacity_domains PRIMARY KEY (id)
);

CREATE UNIQUE INDEX ix_capacity_domains_code ON capacity_domains (code);

CREATE TABLE capacity_assessments (
    id bigint GENERATED ALWAYS AS IDENTITY,
    job_seeker_id bigint NOT NULL,
    assessed_on date NOT NULL,
    author_id uuid NOT NULL,
    recorded_at timestamp with time zone NOT NULL,
    summary text,
    CONSTRAINT pk_capacity_assessments PRIMARY KEY (id),
    CONSTRAINT fk_capacity_assessments_identity_users_author_id FOREIGN KEY (author_id) REFERENCES identity_users (id) ON DELETE RESTRICT,
    CONSTRAINT fk_capacity_assessments_job_seekers_job_seeker_id FOREIGN KEY (job_seeker_id) REFERENCES job_seekers (id) ON DELETE RESTRICT
);

CREATE INDEX ix_capacity_assessments_author_id ON capacity_assessments (author_id);
CREATE INDEX ix_capacity_assessments_job_seeker_id_assessed_on ON capacity_assessments (job_seeker_id, assessed_on);

CREATE TABLE capacity_ratings (
    id bigint GENERATED ALWAYS AS IDENTITY,
    assessment_id bigint NOT NULL,
    domain_id integer NOT NULL,
    rating integer NOT NULL,
    observation text,
    CONSTRAINT pk_capacity_ratings PRIMARY KEY (id),
    CONSTRAINT fk_capacity_ratings_capacity_assessments_assessment_id FOREIGN KEY (assessment_id) REFERENCES capacity_assessments (id) ON DELETE RESTRICT,
    CONSTRAINT fk_capacity_ratings_capacity_domains_domain_id FOREIGN KEY (domain_id) REFERENCES capacity_domains (id) ON DELETE RESTRICT
);

CREATE UNIQUE INDEX ix_capacity_ratings_assessment_id_domain_id ON capacity_ratings (assessment_id, domain_id);
CREATE INDEX ix_capacity_ratings_domain_id ON capacity_ratings (domain_id);

-- The five ICF-based domains (physical, mental, social, work skills, life management).
INSERT INTO capacity_domains (code, name_fi, name_sv, name_en, ordinal, is_active) VALUES
    ('physical', 'Fyysinen toimintakyky', 'Fysisk funktionsförmåga', 'Physical functioning', 10, true),
    ('mental', 'Psyykkinen toimintakyky', 'Psykisk funktionsförmåga', 'Mental functioning', 20, true),
    ('social', 'Sosiaalinen toimintakyky', 'Social funktionsförmåga', 'Social functioning', 30, true),
    ('work-skills', 'Työelämävalmiudet', 'Arbetslivsfärdigheter', 'Work skills', 40, true),
    ('life-management', 'Elämänhallinta', 'Livskontroll', 'Life management', 50, true);
