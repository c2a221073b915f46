-- 0013_caseload_review: the manager's caseload review (issue 7 item 1).
-- 1. Each office's caseload target (active clients per counsellor; 80 by domain.md §1), set by admins.
-- 2. client_due_items: every active client's unmet due items as the deadline calculator gives them up to its
--    horizon (overdue = due_on before today, decided when read). Kept right in the transaction of every change
--    that can change them (AppDbContext.SaveChangesAsync) and refreshed daily so the horizon moves. The review
--    counts them by counsellor for 100 000 clients without computing anyone's deadlines.
-- 3. client_due_item_refreshes: when each client's rows were computed (null: stale after a rule-set change),
--    and the review date of the plan agreed in the current job search (null: none), for "without a current plan".
-- Both tables are filled by the refresher at start-up (every client is missing a row at first).

ALTER TABLE offices ADD caseload_target integer NOT NULL DEFAULT 80;

CREATE TABLE client_due_items (
    job_seeker_id bigint NOT NULL,
    kind integer NOT NULL,
    ordinal integer NOT NULL,
    due_on date NOT NULL,
    CONSTRAINT pk_client_due_items PRIMARY KEY (job_seeker_id, kind, ordinal),
    CONSTRAINT fk_client_due_items_job_seekers_job_seeker_id FOREIGN KEY (job_seeker_id) REFERENCES job_seekers (id) ON DELETE CASCADE
);

-- Overdue and due-soon counts read a range of due_on, and the kind and client, from this index alone.
CREATE INDEX ix_client_due_items_due_on_kind_job_seeker_id ON client_due_items (due_on, kind, job_seeker_id);

CREATE TABLE client_due_item_refreshes (
    job_seeker_id bigint NOT NULL,
    computed_on date,
    plan_review_on date,
    CONSTRAINT pk_client_due_item_refreshes PRIMARY KEY (job_seeker_id),
    CONSTRAINT fk_client_due_item_refreshes_job_seekers_job_seeker_id FOREIGN KEY (job_seeker_id) REFERENCES job_seekers (id) ON DELETE CASCADE
);

CREATE INDEX ix_client_due_item_refreshes_computed_on ON client_due_item_refreshes (computed_on);
