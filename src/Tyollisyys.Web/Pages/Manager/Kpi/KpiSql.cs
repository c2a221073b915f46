using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
using Tyollisyys.Domain.JobSeekers;
using Tyollisyys.Domain.Kpi;
using Tyollisyys.Domain.Kuntalisa;
using Tyollisyys.Domain.WorkTrials;
using Tyollisyys.Web.Data;

namespace Tyollisyys.Web.Pages.Manager.Kpi;

/// <summary>One client or event counted in a figure for the window <see cref="PeriodStart"/>–<see cref="PeriodEnd"/>.</summary>
public sealed class KpiMemberRow
{
    public DateOnly PeriodStart { get; set; }

    public DateOnly PeriodEnd { get; set; }

    public long JobSeekerId { get; set; }

    public bool Hit { get; set; }

    public decimal Amount { get; set; }

    public Guid? CounsellorId { get; set; }
}

/// <summary>A period as the SQL reads it: its first and last day, and the day its stocks are read on.</summary>
public sealed record KpiWindow(DateOnly Start, DateOnly End, DateOnly AsOf);

/// <summary>
/// The members of each figure as SQL, one composable SELECT per figure over all the windows at once (a trend of
/// twelve periods is one query, not twelve), mirroring <see cref="KpiCalculator"/> definition by definition: the
/// page groups them (GROUP BY period) for the figures and pages them (by client) for the drill-down. Statuses and
/// outcomes come from the domain's own predicates, so the SQL cannot disagree with them on what counts.
/// </summary>
public static class KpiSql
{
    private const string Periods = "unnest(@starts, @ends, @as_ofs) AS p(period_start, period_end, as_of)";

    private static readonly int[] Unemployed = [.. Enum.GetValues<JobSearchStatus>().Where(s => s.CountsAsUnemployed()).Select(s => (int)s)];
    private static readonly int[] Positive = [.. Enum.GetValues<WorkTrialOutcome>().Where(o => o.IsPositivePlacement()).Select(o => (int)o)];
    private static readonly int[] Committing = [.. Enum.GetValues<KuntalisaDecisionStatus>().Where(s => s.Commits()).Select(s => (int)s)];

    /// <summary>
    /// The members of <paramref name="code"/> in <paramref name="municipalityId"/> for each window; for
    /// <see cref="KpiCode.LongTermUnemployedAverage"/> pass one window per sample day. <paramref name="interviewDue"/>
    /// maps job-search start days to their initial interview's deadline.
    /// </summary>
    public static IQueryable<KpiMemberRow> Members(
        AppDbContext db, KpiCode code, int municipalityId, IReadOnlyList<KpiWindow> windows, DateOnly today, IReadOnlyDictionary<DateOnly, DateOnly> interviewDue)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(windows);
        ArgumentNullException.ThrowIfNull(interviewDue);
        var sql = code switch
        {
            KpiCode.NewSpellsPassingThreeMonths => NewRuns,
            KpiCode.ActivationRate => Stock("s.status = ANY(@unemployed) OR s.status = @in_service", "s.status = @in_service"),
            KpiCode.YouthActivationRate => Stock("(s.status = ANY(@unemployed) OR s.status = @in_service) AND " + Under25, "s.status = @in_service"),
            KpiCode.LongTermUnemployedAverage or KpiCode.LongTermUnemployedAtEnd =>
                Stock("s.status = ANY(@unemployed) AND s.unemployed_since <= (p.as_of - interval '12 months')::date", "true"),
            KpiCode.UnemployedUnder25 => Stock("s.status = ANY(@unemployed) AND " + Under25, "true"),
            KpiCode.InitialInterviewsOnTime => Interviews,
            KpiCode.PlansUpToDate => Stock("true", PlanInForce),
            KpiCode.ClientsPerCounsellor => Stock("true", "false", "j.counsellor_id"),
            KpiCode.KuntalisaAppropriationUsed => Decisions(
                "d.number_year = extract(year FROM p.as_of)::integer AND d.decided_on <= p.as_of AND d.status = ANY(@committing)", "d.committed"),
            KpiCode.KuntalisaDecisionsMade => Decisions("d.number_year IS NOT NULL AND d.decided_on BETWEEN p.period_start AND p.period_end", "0::numeric"),
            KpiCode.WorkTrialPositivePlacement => Trials,
            _ => throw new ArgumentOutOfRangeException(nameof(code), code, "No such figure."),
        };
        return db.Database.SqlQueryRaw<KpiMemberRow>(sql, Parameters(municipalityId, windows, today, interviewDue));
    }

    private const string Under25 = "(j.birth_date + interval '25 years')::date > p.as_of";

    private static string LivesIn(string client, string day) =>
        $"JOIN job_seeker_residences r ON r.job_seeker_id = {client} AND r.municipality_id = @municipality AND r.valid_from <= {day} AND (r.valid_to IS NULL OR r.valid_to >= {day}) ";

    /// <summary>Residents with a job-search spell covering the window's as-of day.</summary>
    private static string Stock(string where, string hit, string counsellor = "NULL::uuid") =>
        Select("s.job_seeker_id", hit, "0::numeric", counsellor)
        + $"FROM {Periods} "
        + "JOIN job_search_spells s ON s.start_date <= p.as_of AND (s.end_date IS NULL OR s.end_date >= p.as_of) "
        + LivesIn("s.job_seeker_id", "p.as_of")
        + "JOIN job_seekers j ON j.id = s.job_seeker_id "
        + $"WHERE {where}";

    /// <summary>The latest plan version agreed by the as-of day is not past its review date.</summary>
    private const string PlanInForce =
        "COALESCE((SELECT pl.next_review_date >= p.as_of FROM employment_plans pl WHERE pl.job_seeker_id = s.job_seeker_id AND pl.agreed_on <= p.as_of ORDER BY pl.version DESC LIMIT 1), false)";

    /// <summary>Runs begun in the period (the spell is its run's first), judged once the 3-month point has come; hit: still in that run then.</summary>
    private static readonly string NewRuns =
        Select("s.job_seeker_id",
            "EXISTS (SELECT 1 FROM job_search_spells x WHERE x.job_seeker_id = s.job_seeker_id AND x.unemployed_since = s.start_date " +
            "AND x.start_date <= (s.start_date + interval '3 months')::date AND (x.end_date IS NULL OR x.end_date >= (s.start_date + interval '3 months')::date))",
            "0::numeric", "NULL::uuid")
        + $"FROM {Periods} "
        + "JOIN job_search_spells s ON s.start_date BETWEEN p.period_start AND p.period_end AND s.unemployed_since = s.start_date "
        + LivesIn("s.job_seeker_id", "s.start_date")
        + "WHERE (s.start_date + interval '3 months')::date <= @today";

    /// <summary>Job searches begun in the period (no spell ended the day before) that a rule set asks an interview of; judged once due or held.</summary>
    private static readonly string Interviews =
        Select("s.job_seeker_id", "i.on_time", "0::numeric", "NULL::uuid")
        + $"FROM {Periods} "
        + "JOIN job_search_spells s ON s.start_date BETWEEN p.period_start AND p.period_end "
        + "JOIN unnest(@job_search_starts, @interview_dues) AS c(start_date, due) ON c.start_date = s.start_date "
        + LivesIn("s.job_seeker_id", "s.start_date")
        + "CROSS JOIN LATERAL (SELECT EXISTS (SELECT 1 FROM journal_entries e WHERE e.job_seeker_id = s.job_seeker_id AND e.type = @initial_interview "
        + "AND e.occurred_on BETWEEN s.start_date AND c.due AND NOT EXISTS (SELECT 1 FROM journal_entries n WHERE n.series_id = e.series_id AND n.version > e.version)) AS on_time) AS i "
        + "WHERE NOT EXISTS (SELECT 1 FROM job_search_spells q WHERE q.job_seeker_id = s.job_seeker_id AND q.end_date = s.start_date - 1) "
        + "AND (c.due < @today OR i.on_time)";

    private static string Decisions(string where, string amount) =>
        Select("d.job_seeker_id", "true", amount, "NULL::uuid")
        + $"FROM {Periods} "
        + $"JOIN kuntalisa_decisions d ON d.municipality_id = @municipality AND {where}";

    /// <summary>Trials completed in the period with an outcome, counted where the client lived on the day; hit: a positive placement.</summary>
    private static readonly string Trials =
        Select("t.job_seeker_id", "t.outcome = ANY(@positive)", "0::numeric", "NULL::uuid")
        + $"FROM {Periods} "
        + "JOIN work_trials t ON t.status = @completed AND t.outcome IS NOT NULL AND t.completed_on BETWEEN p.period_start AND p.period_end "
        + LivesIn("t.job_seeker_id", "t.completed_on");

    private static string Select(string client, string hit, string amount, string counsellor) =>
        $"SELECT p.period_start AS \"PeriodStart\", p.period_end AS \"PeriodEnd\", {client} AS \"JobSeekerId\", {hit} AS \"Hit\", {amount} AS \"Amount\", {counsellor} AS \"CounsellorId\" ";

    private static object[] Parameters(int municipalityId, IReadOnlyList<KpiWindow> windows, DateOnly today, IReadOnlyDictionary<DateOnly, DateOnly> interviewDue) =>
    [
        new NpgsqlParameter("municipality", NpgsqlDbType.Integer) { Value = municipalityId },
        Dates("starts", windows.Select(w => w.Start)),
        Dates("ends", windows.Select(w => w.End)),
        Dates("as_ofs", windows.Select(w => w.AsOf)),
        new NpgsqlParameter("today", NpgsqlDbType.Date) { Value = today },
        new NpgsqlParameter("unemployed", NpgsqlDbType.Array | NpgsqlDbType.Integer) { Value = Unemployed },
        new NpgsqlParameter("in_service", NpgsqlDbType.Integer) { Value = (int)JobSearchStatus.InService },
        new NpgsqlParameter("positive", NpgsqlDbType.Array | NpgsqlDbType.Integer) { Value = Positive },
        new NpgsqlParameter("committing", NpgsqlDbType.Array | NpgsqlDbType.Integer) { Value = Committing },
        new NpgsqlParameter("completed", NpgsqlDbType.Integer) { Value = (int)WorkTrialStatus.Completed },
        new NpgsqlParameter("initial_interview", NpgsqlDbType.Integer) { Value = (int)Domain.Journal.JournalEntryType.InitialInterview },
        Dates("job_search_starts", interviewDue.Keys),
        Dates("interview_dues", interviewDue.Values),
    ];

    private static NpgsqlParameter Dates(string name, IEnumerable<DateOnly> dates) =>
        new(name, NpgsqlDbType.Array | NpgsqlDbType.Date) { Value = dates.ToArray() };
}
