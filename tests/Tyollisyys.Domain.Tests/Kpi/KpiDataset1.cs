using Tyollisyys.Domain.JobSeekers;
using Tyollisyys.Domain.Kpi;
using Tyollisyys.Domain.Kuntalisa;
using Tyollisyys.Domain.WorkTrials;

namespace Tyollisyys.Domain.Tests.Kpi;

/// <summary>
/// A hand-built dataset with known answers for the first quarter of 2026, judged on 15.6.2026. Municipality A (1)
/// has most clients; client 5 moved from A to B (2) on 15.2.2026 in the middle of an unemployment run.
/// </summary>
internal static class KpiDataset1
{
    public const int A = 1;
    public const int B = 2;
    public static readonly DateOnly Today = new(2026, 6, 15);
    public static readonly KpiPeriod Q1 = KpiPeriod.Quarter(2026, 1);
    public static readonly Guid CounsellorOne = Guid.Parse("00000000-0000-0000-0000-000000000001");
    public static readonly Guid CounsellorTwo = Guid.Parse("00000000-0000-0000-0000-000000000002");

    private const JobSearchStatus U = JobSearchStatus.Unemployed;

    public static KpiDataset Build() => new(
        [
            // 1: a run begun in January, still unemployed at its 3-month point.
            Client(1, CounsellorOne, new(1980, 1, 1), Spell(2026, 1, 10, null, U)),
            // 2: unemployed in February, in services from March: the run ended before its 3-month point.
            Client(2, CounsellorOne, new(1980, 1, 1), Spell(2026, 2, 1, new(2026, 2, 28), U), Spell(2026, 3, 1, null, JobSearchStatus.InService)),
            // 3: a run begun in December 2025 that crosses into the quarter.
            Client(3, CounsellorOne, new(1980, 1, 1), Spell(2025, 12, 20, null, U)),
            // 4: laid off, then unemployed the next day: one run of two spells.
            Client(4, CounsellorOne, new(1980, 1, 1), Spell(2026, 3, 1, new(2026, 3, 15), JobSearchStatus.LaidOff), Spell(2026, 3, 16, null, U)),
            // 5: moved from A to B on 15.2.2026 while unemployed.
            new KpiClient(5, new(1980, 1, 1), CounsellorOne,
                [new(A, new(1980, 1, 1), new(2026, 2, 14)), new(B, new(2026, 2, 15), null)],
                [Spell(2026, 1, 5, null, U)]),
            // 6: a run begun too late in the quarter to be judged by 15.6.
            Client(6, CounsellorTwo, new(1980, 1, 1), Spell(2026, 3, 20, null, U)),
            // 7: under 25, in services.
            Client(7, CounsellorTwo, new(2005, 6, 1), Spell(2025, 11, 1, null, JobSearchStatus.InService)),
            // 8: under 25, unemployed since 1.2.2025: long-term unemployed from 1.2.2026.
            Client(8, CounsellorTwo, new(2003, 1, 1), Spell(2025, 2, 1, null, U)),
            // 9: unemployed since 2024.
            Client(9, CounsellorTwo, new(1970, 1, 1), Spell(2024, 1, 1, null, U)),
            // 10: a student: a job-seeker, but neither unemployed nor in services.
            Client(10, CounsellorTwo, new(1990, 1, 1), Spell(2026, 1, 1, null, JobSearchStatus.Student)),
        ],
        [
            new(1, 1, new(2026, 1, 20), new(2026, 4, 20)),
            new(2, 1, new(2026, 2, 5), new(2026, 3, 5)),
            new(2, 2, new(2026, 4, 1), new(2026, 9, 1)),
            new(9, 1, new(2024, 2, 1), new(2024, 8, 1)),
            new(9, 2, new(2024, 8, 1), new(2026, 6, 1)),
        ],
        [
            new(1, new(2026, 1, 15)),
            new(2, new(2026, 2, 20)),
            new(5, new(2026, 1, 10)),
            new(10, new(2025, 12, 31)),
        ],
        [
            new(A, 1, KuntalisaDecisionStatus.Approved, new(2026, 2, 10), 2026, 10_000m),
            new(A, 2, KuntalisaDecisionStatus.Closed, new(2026, 5, 1), 2026, 5_000m),
            new(A, 3, KuntalisaDecisionStatus.Rejected, new(2026, 3, 1), null, 0m),
            new(A, 4, KuntalisaDecisionStatus.Cancelled, new(2026, 1, 15), 2026, 0m),
            new(A, 9, KuntalisaDecisionStatus.InPayment, new(2025, 12, 1), 2025, 7_000m),
            new(B, 5, KuntalisaDecisionStatus.Approved, new(2026, 3, 1), 2026, 3_000m),
        ],
        [
            new(1, WorkTrialStatus.Completed, new(2026, 2, 1), WorkTrialOutcome.HiredByOrganiser),
            new(2, WorkTrialStatus.Completed, new(2026, 3, 1), WorkTrialOutcome.OtherService),
            new(5, WorkTrialStatus.Completed, new(2026, 3, 10), WorkTrialOutcome.VocationalStudies),
            new(3, WorkTrialStatus.Interrupted, null, null),
            new(4, WorkTrialStatus.Completed, new(2026, 4, 2), WorkTrialOutcome.OtherOpenMarketJob),
        ],
        // Ten calendar days, from 2025: enough to test the rule without the holiday calendar.
        start => start < new DateOnly(2025, 1, 1) ? null : start.AddDays(10));

    private static KpiClient Client(long id, Guid counsellor, DateOnly birthDate, params KpiSpell[] spells) =>
        new(id, birthDate, counsellor, [new(A, birthDate, null)], spells);

    private static KpiSpell Spell(int year, int month, int day, DateOnly? end, JobSearchStatus status) =>
        new(new DateOnly(year, month, day), end, status);
}
