using Tyollisyys.Domain.Common;

namespace Tyollisyys.Domain.Plans;

/// <summary>
/// Työllistymissuunnitelma: one saved, agreed version of a client's plan. Saving an agreed plan always makes a
/// new version (<see cref="Agree"/>); a version never changes afterwards, so it has no mutating methods.
/// </summary>
public sealed class EmploymentPlan
{
    /// <summary>A plan is reviewed at least this often; a later review date is refused as a typing error.</summary>
    public const int ReviewWithinMonths = 12;

    public const int MaxActions = 30;

    private readonly List<PlanAction> _actions = [];
    private readonly List<ObligationPeriod> _obligationPeriods = [];

    private EmploymentPlan()
    {
        Goals = string.Empty;
    }

    public long Id { get; private set; }

    public long JobSeekerId { get; private set; }

    /// <summary>1 for the first plan, then one more for each saved version.</summary>
    public int Version { get; private set; }

    public PlanType Type { get; private set; }

    public string Goals { get; private set; }

    public DateOnly AgreedOn { get; private set; }

    public DateOnly NextReviewDate { get; private set; }

    /// <summary>The counsellor who saved this version.</summary>
    public Guid AuthorId { get; private set; }

    public DateTimeOffset SavedAt { get; private set; }

    public IReadOnlyList<PlanAction> Actions => _actions;

    public IReadOnlyList<ObligationPeriod> ObligationPeriods => _obligationPeriods;

    public int OpenActionCount => _actions.Count(a => a.IsOpen);

    /// <summary>
    /// The next version of the client's plan after <paramref name="current"/> (null for the first plan), with
    /// every rule of the content checked; <paramref name="today"/> is the Finnish date of the save.
    /// </summary>
    public static EmploymentPlan Agree(long jobSeekerId, EmploymentPlan? current, PlanContent content, Guid authorId, DateTimeOffset savedAt, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (current is not null && current.JobSeekerId != jobSeekerId)
        {
            throw new DomainException("Plans.OtherClientsPlan", "The plan a new version builds on belongs to another client.");
        }

        if (!Enum.IsDefined(content.Type))
        {
            throw new DomainException("Plans.TypeRequired", "Choose the type of the plan.");
        }

        var goals = content.Goals?.Trim() ?? string.Empty;
        if (goals.Length == 0)
        {
            throw new DomainException("Plans.GoalsRequired", "The plan needs its goals.");
        }

        if (content.AgreedOn > today)
        {
            throw new DomainException("Plans.AgreedInFuture", "A plan cannot be agreed in the future.");
        }

        if (content.NextReviewDate <= content.AgreedOn || content.NextReviewDate > content.AgreedOn.AddMonths(ReviewWithinMonths))
        {
            throw new DomainException(
                "Plans.ReviewOutOfRange",
                $"The next review is after the agreement and within {ReviewWithinMonths} months of it.",
                content.AgreedOn,
                ReviewWithinMonths);
        }

        if (content.FirstObligationPeriodStart < content.AgreedOn.AddYears(-1) || content.FirstObligationPeriodStart > content.AgreedOn.AddYears(1))
        {
            throw new DomainException("Plans.ObligationStartOutOfRange", "The first obligation period starts within a year of the agreement.");
        }

        var actions = content.Actions ?? [];
        if (actions.Count > MaxActions)
        {
            throw new DomainException("Plans.TooManyActions", $"A plan has at most {MaxActions} actions.", MaxActions);
        }

        var checkedActions = actions.Select((a, i) => a.Checked(i + 1, content.AgreedOn, today)).ToList();
        if (checkedActions.Select(a => a.Key).Distinct().Count() != checkedActions.Count)
        {
            throw new DomainException("Plans.DuplicateAction", "The same action appears twice in the plan.");
        }

        var plan = new EmploymentPlan
        {
            JobSeekerId = jobSeekerId,
            Version = (current?.Version ?? 0) + 1,
            Type = content.Type,
            Goals = goals,
            AgreedOn = content.AgreedOn,
            NextReviewDate = content.NextReviewDate,
            AuthorId = authorId,
            SavedAt = savedAt,
        };
        plan._actions.AddRange(checkedActions);
        plan._obligationPeriods.AddRange(ObligationPeriod.Consecutive(content.FirstObligationPeriodStart, content.Obligation ?? []));
        return plan;
    }
}
