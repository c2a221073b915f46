using Tyollisyys.Domain.JobSeekers;

namespace Tyollisyys.Web.Data.DueItems;

/// <summary>
/// One client's figures for the manager's views, as of <see cref="ComputedOn"/> (null: stale, e.g. after a rule-set
/// change): whose client, active or not, how many items overdue and due soon, whether the TYP screening is due,
/// whether a current plan exists and whether the client is long-term unemployed. Written with the client's
/// <see cref="ClientDueItem"/> rows, in the same transaction; the refresher rewrites every row each day, so the
/// date-dependent figures are today's. Counting these narrow rows by counsellor needs no join and no calculation.
/// </summary>
public sealed class ClientDueSummary
{
    public long JobSeekerId { get; init; }

    public Guid CounsellorId { get; init; }

    public int OfficeId { get; init; }

    public DateOnly? ComputedOn { get; init; }

    /// <summary>An open job search (<see cref="JobSeeker.CurrentStatus"/> set).</summary>
    public bool IsActive { get; init; }

    public int OverdueItems { get; init; }

    public int DueSoonItems { get; init; }

    public bool TypScreeningDue { get; init; }

    /// <summary>The review date of the plan agreed in the current job search; null when there is none.</summary>
    public DateOnly? PlanReviewOn { get; init; }

    /// <summary>Active, and no plan agreed in this job search or its review date has passed.</summary>
    public bool WithoutCurrentPlan { get; init; }

    public bool LongTermUnemployed { get; init; }
}
