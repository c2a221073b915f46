-- 0004_journal: the client journal (asiakaskertomus), issue 4. Append-only: a correction is a new row
-- with the same series_id and the next version; the unique (series_id, version) index refuses a second
-- correction of the same version, which is how a concurrent correction is detected. The text has no
-- artificial limit (text). The list reads (job_seeker_id, occurred_on, id) newest first.

CREATE TABLE journal_entries (
    id bigint GENERATED ALWAYS AS IDENTITY,
    job_seeker_id bigint NOT NULL,
    series_id uuid NOT NULL,
    version integer NOT NULL,
    type integer NOT NULL,
    channel integer,
    occurred_on date NOT NULL,
    text text NOT NULL,
    contains_health_information boolean NOT NULL,
    author_id uuid NOT NULL,
    recorded_at timestamp with time zone NOT NULL,
    correction_reason character varying(1000),
    CONSTRAINT pk_journal_entries PRIMARY KEY (id),
    CONSTRAINT fk_journal_entries_identity_users_author_id FOREIGN KEY (author_id) REFERENCES identity_users (id) ON DELETE RESTRICT,
    CONSTRAINT fk_journal_entries_job_seekers_job_seeker_id FOREIGN KEY (job_seeker_id) REFERENCES job_seekers (id) ON DELETE RESTRICT
);

CREATE INDEX ix_journal_entries_author_id ON journal_entries (author_id);
CREATE INDEX ix_journal_entries_job_seeker_id_occurred_on_id ON journal_entries (job_seeker_id, occurred_on, id);
CREATE UNIQUE INDEX ix_journal_entries_series_id_version ON journal_entries (series_id, version);
