-- 0008_employers: the employer registry (issue 5 item 1): employers with their business ID (unique; private
-- persons have none), contact persons and de minimis declarations. Pages follow in a later change.

CREATE TABLE employers (
    id integer GENERATED ALWAYS AS IDENTITY,
    name character varying(200) NOT NULL,
    name_key character varying(200) COLLATE "C" NOT NULL,
    business_id character varying(9),
    type integer NOT NULL,
    industry character varying(200),
    street_address character varying(200),
    postal_code character varying(5),
    post_office character varying(100),
    language integer NOT NULL,
    is_active boolean NOT NULL,
    CONSTRAINT pk_employers PRIMARY KEY (id)
);

CREATE TABLE employer_contacts (
    id integer GENERATED ALWAYS AS IDENTITY,
    employer_id integer NOT NULL,
    key uuid NOT NULL,
    name character varying(200) NOT NULL,
    role character varying(100),
    phone character varying(50),
    email character varying(254),
    CONSTRAINT pk_employer_contacts PRIMARY KEY (id),
    CONSTRAINT fk_employer_contacts_employers_employer_id FOREIGN KEY (employer_id) REFERENCES employers (id) ON DELETE CASCADE
);

CREATE TABLE de_minimis_declarations (
    id integer GENERATED ALWAYS AS IDENTITY,
    employer_id integer NOT NULL,
    key uuid NOT NULL,
    declared_on date NOT NULL,
    amount numeric(12,2) NOT NULL,
    granting_body character varying(200) NOT NULL,
    aid_date date NOT NULL,
    CONSTRAINT pk_de_minimis_declarations PRIMARY KEY (id),
    CONSTRAINT fk_de_minimis_declarations_employers_employer_id FOREIGN KEY (employer_id) REFERENCES employers (id) ON DELETE RESTRICT
);

CREATE INDEX ix_de_minimis_declarations_employer_id_aid_date ON de_minimis_declarations (employer_id, aid_date);
CREATE UNIQUE INDEX ix_de_minimis_declarations_employer_id_key ON de_minimis_declarations (employer_id, key);
CREATE UNIQUE INDEX ix_employer_contacts_employer_id_key ON employer_contacts (employer_id, key);
CREATE UNIQUE INDEX ix_employers_business_id ON employers (business_id);
CREATE INDEX ix_employers_name_key_id ON employers (name_key, id);
