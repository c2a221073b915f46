-- 0015_kpi_counts: the KPI dashboard's counts, kept (issue 7 item 5: p95 <= 200 ms at 100 000 clients).
-- One row per municipality, figure (Tyollisyys.Domain/Kpi/KpiCode.cs numbers) and key: a stock's as-of day twice, a
-- flow's first and last day (Tyollisyys.Domain/Kpi/KpiSettlement.cs). judged_on is the day it was computed as of,
-- computed_at the moment. The dashboard shows a settled count as kept and a running one while it is fresh; every
-- other count is computed on the view and kept. A background job recomputes the running counts every few minutes
-- and every count judged before today each night. Counts, never a person: no client data here.

CREATE TABLE kpi_counts (
    municipality_id integer NOT NULL,
    kpi integer NOT NULL,
    period_from date NOT NULL,
    period_to date NOT NULL,
    members integer NOT NULL,
    hits integer NOT NULL,
    amount numeric NOT NULL,
    counsellors integer NOT NULL,
    judged_on date NOT NULL,
    computed_at timestamp with time zone NOT NULL,
    CONSTRAINT pk_kpi_counts PRIMARY KEY (municipality_id, kpi, period_from, period_to),
    CONSTRAINT fk_kpi_counts_municipalities_municipality_id FOREIGN KEY (municipality_id) REFERENCES municipalities (id) ON DELETE CASCADE
);

CREATE INDEX ix_kpi_counts_judged_on ON kpi_counts (judged_on);
