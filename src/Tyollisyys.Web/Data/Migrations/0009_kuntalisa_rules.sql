-- 0009_kuntalisa_rules: kuntalisä rule versions and yearly appropriations (issue 5 items 2 and 3).
-- A rule version is one row: its eligibility, amount and conditions are columns of the version; the two short lists
-- (age bands, per-category maximum percentages) are child rows. A version is inserted once and only its last day in
-- force (effective_to) changes later, so a decision can keep the version it was made under. Versions of a
-- municipality must not overlap; the admin page refuses an overlap under a per-municipality advisory lock.
-- Enumerations are stored as the domain's integer values (see Tyollisyys.Domain/Kuntalisa/KuntalisaTerms.cs).

CREATE TABLE kuntalisa_rule_versions (
    id integer GENERATED ALWAYS AS IDENTITY,
    municipality_id integer NOT NULL,
    effective_from date NOT NULL,
    effective_to date,
    council_decision character varying(200) NOT NULL,
    minimum_days integer,
    day_basis integer NOT NULL,
    target_groups integer NOT NULL,
    target_groups_alternative_to_days boolean NOT NULL,
    residence_required boolean NOT NULL,
    state_pay_subsidy integer NOT NULL,
    mode integer NOT NULL,
    min_percent numeric(5,2),
    max_percent numeric(5,2),
    percentage_base integer NOT NULL,
    fixed_monthly_amount numeric(12,2),
    monthly_cap numeric(12,2),
    total_cap numeric(12,2),
    min_months integer NOT NULL,
    max_months integer NOT NULL,
    bonus_amount numeric(12,2),
    bonus_after_months integer,
    allowed_employers integer NOT NULL,
    minimum_weekly_hours numeric(4,1),
    application_timing integer NOT NULL,
    apply_within_months integer,
    not_for_wage_costs boolean NOT NULL,
    CONSTRAINT pk_kuntalisa_rule_versions PRIMARY KEY (id),
    CONSTRAINT fk_kuntalisa_rule_versions_municipalities_municipality_id FOREIGN KEY (municipality_id) REFERENCES municipalities (id) ON DELETE RESTRICT
);

CREATE TABLE kuntalisa_rule_age_bands (
    id integer GENERATED ALWAYS AS IDENTITY,
    kuntalisa_rule_version_id integer NOT NULL,
    min_age integer NOT NULL,
    max_age integer NOT NULL,
    CONSTRAINT pk_kuntalisa_rule_age_bands PRIMARY KEY (id),
    CONSTRAINT fk_kuntalisa_rule_age_bands_rule_version_id FOREIGN KEY (kuntalisa_rule_version_id) REFERENCES kuntalisa_rule_versions (id) ON DELETE CASCADE
);

CREATE TABLE kuntalisa_rule_category_maxima (
    id integer GENERATED ALWAYS AS IDENTITY,
    kuntalisa_rule_version_id integer NOT NULL,
    category integer NOT NULL,
    max_percent numeric(5,2) NOT NULL,
    CONSTRAINT pk_kuntalisa_rule_category_maxima PRIMARY KEY (id),
    CONSTRAINT fk_kuntalisa_rule_category_maxima_rule_version_id FOREIGN KEY (kuntalisa_rule_version_id) REFERENCES kuntalisa_rule_versions (id) ON DELETE CASCADE
);

CREATE TABLE kuntalisa_appropriations (
    id integer GENERATED ALWAYS AS IDENTITY,
    municipality_id integer NOT NULL,
    year integer NOT NULL,
    amount numeric(14,2) NOT NULL,
    CONSTRAINT pk_kuntalisa_appropriations PRIMARY KEY (id),
    CONSTRAINT fk_kuntalisa_appropriations_municipalities_municipality_id FOREIGN KEY (municipality_id) REFERENCES municipalities (id) ON DELETE RESTRICT
);

CREATE INDEX ix_kuntalisa_rule_versions_municipality_id_effective_from ON kuntalisa_rule_versions (municipality_id, effective_from);
CREATE INDEX ix_kuntalisa_rule_age_bands_kuntalisa_rule_version_id ON kuntalisa_rule_age_bands (kuntalisa_rule_version_id);
CREATE INDEX ix_kuntalisa_rule_category_maxima_kuntalisa_rule_version_id ON kuntalisa_rule_category_maxima (kuntalisa_rule_version_id);
CREATE UNIQUE INDEX ix_kuntalisa_appropriations_municipality_id_year ON kuntalisa_appropriations (municipality_id, year);

-- The seed rules of the demo municipalities, found by their statistical codes (Kajaani 205, Sotkamo 765,
-- Paltamo 620), with exactly the numbers of KuntalisaRules.Kajaani2025, KajaaniOlder, Sotkamo and Paltamo (a test
-- compares them). A database whose municipalities do not exist yet (a fresh one: the demo organisation is created
-- after the migrations) gets nothing here; DemoData seeds the same rules from those factories.
WITH seeded AS (
    INSERT INTO kuntalisa_rule_versions (municipality_id, effective_from, effective_to, council_decision,
        minimum_days, day_basis, target_groups, target_groups_alternative_to_days, residence_required, state_pay_subsidy,
        mode, min_percent, max_percent, percentage_base, fixed_monthly_amount, monthly_cap, total_cap, min_months, max_months,
        bonus_amount, bonus_after_months,
        allowed_employers, minimum_weekly_hours, application_timing, apply_within_months, not_for_wage_costs)
    SELECT m.id, r.effective_from, r.effective_to, r.council_decision,
        r.minimum_days, 1, r.target_groups, false, true, 1,
        r.mode, r.min_percent, r.max_percent, 1, r.fixed_monthly_amount, NULL, r.total_cap, r.min_months, r.max_months,
        NULL, NULL,
        3, r.minimum_weekly_hours, r.application_timing, NULL, r.not_for_wage_costs
    FROM (VALUES
        -- Kajaani 2025: > 3 months unemployed; 50–70 % of gross pay (third sector 100 %, below); 4–12 months.
        ('205', DATE '2025-01-01', NULL::date, 'Kaupunginvaltuusto 9.12.2024 § 112',
            91, 0, 1, 50.00, 70.00, NULL::numeric, NULL::numeric, 4, 12, NULL::numeric, 1, false),
        -- Kajaani 2020–2024: long-term unemployed or partial work ability; 400 €/month, 1–8 months, at most 3 200 €; ≥ 18 h/week; apply before hiring.
        ('205', DATE '2020-01-01', DATE '2024-12-31', 'Kaupunginvaltuusto 16.12.2019 § 98',
            NULL, 9, 2, NULL, NULL, 400.00, 3200.00, 1, 8, 18.0, 2, false),
        -- Sotkamo: ≥ 200 days unemployed; 450 €/month, 1–12 months, at most 3 600 €; ≥ 18 h/week; not for wages.
        ('765', DATE '2025-01-01', NULL, 'Kunnanhallitus 16.12.2024 § 301',
            200, 0, 2, NULL, NULL, 450.00, 3600.00, 1, 12, 18.0, 1, true),
        -- Paltamo (demo): as Kajaani's older rule.
        ('620', DATE '2025-01-01', NULL, 'Kunnanhallitus 2.12.2024 § 210 (esimerkki)',
            NULL, 9, 2, NULL, NULL, 400.00, 3200.00, 1, 8, 18.0, 2, false)
    ) AS r (code, effective_from, effective_to, council_decision,
            minimum_days, target_groups, mode, min_percent, max_percent, fixed_monthly_amount, total_cap, min_months, max_months,
            minimum_weekly_hours, application_timing, not_for_wage_costs)
    JOIN municipalities m ON m.code = r.code
    RETURNING id, municipality_id, effective_from
)
INSERT INTO kuntalisa_rule_category_maxima (kuntalisa_rule_version_id, category, max_percent)
SELECT s.id, 2, 100.00
FROM seeded s
JOIN municipalities m ON m.id = s.municipality_id
WHERE m.code = '205' AND s.effective_from = DATE '2025-01-01';
