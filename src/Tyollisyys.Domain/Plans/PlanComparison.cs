using Tyollisyys.Domain.Common;

namespace Tyollisyys.Domain.Plans;

/// <summary>A plan's own fields that a comparison reports.</summary>
public enum PlanField
{
    Type,
    Goals,
    AgreedOn,
    NextReviewDate,
}

/// <summary>An action's fields that a comparison reports.</summary>
public enum ActionField
{
    What,
    Responsible,
    OrganisationName,
    DueDate,
    Status,
    CompletedOn,
    ServiceId,
}

/// <summary>An obligation period's fields that a comparison reports.</summary>
public enum ObligationField
{
    StartDate,
    EndDate,
    JobsRequired,
    ReducedReason,
}

public enum ActionChangeKind
{
    Added,
    Removed,
    Changed,
}

/// <summary>One field's value in the older and the newer version (typed: enum, date, text, id or number).</summary>
public sealed record FieldChange<TField>(TField Field, object? Old, object? New)
    where TField : struct, Enum;

public sealed record ObligationChange(int Number, IReadOnlyList<FieldChange<ObligationField>> Fields);

/// <summary>An action added, removed or changed; <see cref="Fields"/> lists the changed fields of a changed one.</summary>
public sealed record ActionChange(ActionChangeKind Kind, PlanAction? Old, PlanAction? New, IReadOnlyList<FieldChange<ActionField>> Fields)
{
    public Guid Key => (New ?? Old)!.Key;
}

/// <summary>
/// The differences between two versions of one client's plan. Actions are matched by their
/// <see cref="PlanAction.Key"/>; added and changed ones follow the newer version's order, removed ones the older's.
/// </summary>
public sealed class PlanComparison
{
    private PlanComparison(EmploymentPlan older, EmploymentPlan newer)
    {
        Older = older;
        Newer = newer;
    }

    public EmploymentPlan Older { get; }

    public EmploymentPlan Newer { get; }

    public IReadOnlyList<FieldChange<PlanField>> Fields { get; private init; } = [];

    public IReadOnlyList<ObligationChange> Obligations { get; private init; } = [];

    public IReadOnlyList<ActionChange> Actions { get; private init; } = [];

    public bool HasDifferences => Fields.Count > 0 || Obligations.Count > 0 || Actions.Count > 0;

    public static PlanComparison Between(EmploymentPlan older, EmploymentPlan newer)
    {
        ArgumentNullException.ThrowIfNull(older);
        ArgumentNullException.ThrowIfNull(newer);
        if (older.JobSeekerId != newer.JobSeekerId)
        {
            throw new DomainException("Plans.OtherClientsPlan", "Only versions of the same client's plan can be compared.");
        }

        return new PlanComparison(older, newer)
        {
            Fields = Changes<PlanField>(
                (PlanField.Type, older.Type, newer.Type),
                (PlanField.Goals, older.Goals, newer.Goals),
                (PlanField.AgreedOn, older.AgreedOn, newer.AgreedOn),
                (PlanField.NextReviewDate, older.NextReviewDate, newer.NextReviewDate)),
            Obligations = CompareObligations(older.ObligationPeriods, newer.ObligationPeriods),
            Actions = CompareActions(older.Actions, newer.Actions),
        };
    }

    private static List<ObligationChange> CompareObligations(IReadOnlyList<ObligationPeriod> older, IReadOnlyList<ObligationPeriod> newer)
    {
        var changes = new List<ObligationChange>();
        foreach (var number in older.Select(p => p.Number).Union(newer.Select(p => p.Number)).Order())
        {
            var o = older.FirstOrDefault(p => p.Number == number);
            var n = newer.FirstOrDefault(p => p.Number == number);
            var fields = Changes<ObligationField>(
                (ObligationField.StartDate, o?.StartDate, n?.StartDate),
                (ObligationField.EndDate, o?.EndDate, n?.EndDate),
                (ObligationField.JobsRequired, o?.JobsRequired, n?.JobsRequired),
                (ObligationField.ReducedReason, o?.ReducedReason, n?.ReducedReason));
            if (fields.Count > 0)
            {
                changes.Add(new ObligationChange(number, fields));
            }
        }

        return changes;
    }

    private static List<ActionChange> CompareActions(IReadOnlyList<PlanAction> older, IReadOnlyList<PlanAction> newer)
    {
        var olderByKey = older.ToDictionary(a => a.Key);
        var newerKeys = newer.Select(a => a.Key).ToHashSet();
        var changes = new List<ActionChange>();
        foreach (var n in newer)
        {
            if (!olderByKey.TryGetValue(n.Key, out var o))
            {
                changes.Add(new ActionChange(ActionChangeKind.Added, null, n, []));
                continue;
            }

            var fields = Changes<ActionField>(
                (ActionField.What, o.What, n.What),
                (ActionField.Responsible, o.Responsible, n.Responsible),
                (ActionField.OrganisationName, o.OrganisationName, n.OrganisationName),
                (ActionField.DueDate, o.DueDate, n.DueDate),
                (ActionField.Status, o.Status, n.Status),
                (ActionField.CompletedOn, o.CompletedOn, n.CompletedOn),
                (ActionField.ServiceId, o.ServiceId, n.ServiceId));
            if (fields.Count > 0)
            {
                changes.Add(new ActionChange(ActionChangeKind.Changed, o, n, fields));
            }
        }

        changes.AddRange(older.Where(o => !newerKeys.Contains(o.Key)).Select(o => new ActionChange(ActionChangeKind.Removed, o, null, [])));
        return changes;
    }

    private static List<FieldChange<TField>> Changes<TField>(params (TField Field, object? Old, object? New)[] pairs)
        where TField : struct, Enum =>
        [.. pairs.Where(p => !Equals(p.Old, p.New)).Select(p => new FieldChange<TField>(p.Field, p.Old, p.New))];
}
