using Tyollisyys.Domain.Common;

namespace Tyollisyys.Domain.Plans;

/// <summary>
/// Hakuvelvollisuus for one one-month period of a plan: how many jobs the client applies for. Fewer than
/// <see cref="FullObligation"/> only with a written reason (handbook §3).
/// </summary>
public sealed record ObligationPeriod(int Number, DateOnly StartDate, DateOnly EndDate, int JobsRequired, string? ReducedReason)
{
    public const int FullObligation = 4;

    /// <summary>"3 periods in a plan" (handbook §3).</summary>
    public const int PeriodsInPlan = 3;

    public bool IsReduced => JobsRequired < FullObligation;

    /// <summary>The plan's consecutive one-month periods from <paramref name="firstStart"/>, one per (jobs, reason).</summary>
    public static IReadOnlyList<ObligationPeriod> Consecutive(DateOnly firstStart, IReadOnlyList<(int Jobs, string? Reason)> obligation)
    {
        if (obligation is null || obligation.Count != PeriodsInPlan)
        {
            throw new DomainException("Plans.ObligationPeriodCount", $"A plan has exactly {PeriodsInPlan} obligation periods.", PeriodsInPlan);
        }

        var periods = new List<ObligationPeriod>(PeriodsInPlan);
        var start = firstStart;
        for (var i = 0; i < obligation.Count; i++)
        {
            var (jobs, reason) = obligation[i];
            var number = i + 1;
            if (jobs is < 0 or > FullObligation)
            {
                throw new DomainException("Plans.ObligationJobsOutOfRange", $"Period {number}: the obligation is 0–{FullObligation} jobs.", number);
            }

            var written = reason?.Trim();
            if (jobs < FullObligation && string.IsNullOrEmpty(written))
            {
                throw new DomainException(
                    "Plans.ReducedObligationNeedsReason",
                    $"Period {number}: an obligation below {FullObligation} jobs needs a written reason.",
                    number);
            }

            var end = start.AddMonths(1).AddDays(-1);
            periods.Add(new ObligationPeriod(number, start, end, jobs, jobs < FullObligation ? written : null));
            start = end.AddDays(1);
        }

        return periods;
    }
}
