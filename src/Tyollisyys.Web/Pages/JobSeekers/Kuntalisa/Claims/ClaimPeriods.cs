using Tyollisyys.Domain.Kuntalisa;

namespace Tyollisyys.Web.Pages.JobSeekers.Kuntalisa.Claims;

/// <summary>One subsidy month not yet claimed: where it runs and the claim deadline if a claim ends with it.</summary>
public sealed record OpenMonth(int Number, DateOnly Start, DateOnly End, DateOnly Deadline);

/// <summary>
/// What the claim form offers: the subsidy months no claim covers yet (after an early end, only those that began
/// by the last day of employment, the last one ending on that day), and the period a start and a number of months
/// make. The domain still checks the period; this only spares the user from typing dates.
/// </summary>
public static class ClaimPeriods
{
    public static IReadOnlyList<OpenMonth> Open(KuntalisaDecision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        if (decision.SubsidyPeriod is not { } period)
        {
            return [];
        }

        var months = new List<OpenMonth>();
        for (var i = 0; i < period.Months; i++)
        {
            var start = period.MonthStart(i);
            if (decision.EndedEarlyOn is { } ended && start > ended)
            {
                break;
            }

            var end = Clamp(decision, period.MonthEnd(i));
            if (!decision.Claims.Any(c => c.Overlaps(start, end)))
            {
                months.Add(new OpenMonth(i + 1, start, end, KuntalisaPaymentClaim.DeadlineFor(end)));
            }
        }

        return months;
    }

    /// <summary>The last day of a claim of <paramref name="months"/> subsidy months from <paramref name="start"/>; null when no month starts there.</summary>
    public static DateOnly? EndOf(KuntalisaDecision decision, DateOnly start, int months)
    {
        ArgumentNullException.ThrowIfNull(decision);
        if (decision.SubsidyPeriod is not { } period || period.IndexOfMonthStarting(start) is not { } first)
        {
            return null;
        }

        return Clamp(decision, period.MonthEnd(first + months - 1));
    }

    private static DateOnly Clamp(KuntalisaDecision decision, DateOnly end) =>
        decision.EndedEarlyOn is { } ended && ended < end ? ended : end;
}
