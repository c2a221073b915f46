-- 0016_due_item_subjects: the worklist's "Today" reads the stored due items (issue 7 follow-up: the counsellor's start
-- page ran the deadline calculator over every client's journal on each visit).
-- 1. subject: what a plan action is about, as the worklist names it.
-- 2. The stored items now also hold the long-term unemployment onset while it is ahead (the worklist shows it as
--    due soon in the last two weeks; a reached onset is a milestone, not a deadline, and is not kept).
-- Every client's rows are marked stale, so the refresher rewrites them with both; until it has, the worklist
-- computes a stale client's items with the calculator, as before.

ALTER TABLE client_due_items ADD subject text;

UPDATE client_due_summaries SET computed_on = NULL;
