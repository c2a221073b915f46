using Tyollisyys.Domain.Common;

namespace Tyollisyys.Domain.Plans;

/// <summary>
/// One agreed action of a plan version. <see cref="Key"/> identifies the action across versions: an action
/// edited in a new version keeps its key, so a comparison can tell "changed" from "removed and added".
/// </summary>
public sealed record PlanAction(
    Guid Key,
    string What,
    ActionResponsible Responsible,
    string? OrganisationName,
    DateOnly? DueDate,
    PlanActionStatus Status,
    DateOnly? CompletedOn,
    int? ServiceId)
{
    public const int OrganisationNameMaxLength = 200;

    /// <summary>Agreed or in progress: still to be done.</summary>
    public bool IsOpen => Status is PlanActionStatus.Agreed or PlanActionStatus.InProgress;

    /// <summary>
    /// The action as the plan stores it: texts trimmed, a new key if it has none, and the values that only belong
    /// to another choice cleared (an organisation name only for another organisation, a completion date only for
    /// a done action), so "required iff" holds in both directions. <paramref name="number"/> is the 1-based row.
    /// </summary>
    internal PlanAction Checked(int number, DateOnly agreedOn, DateOnly today)
    {
        var what = What?.Trim() ?? string.Empty;
        if (what.Length == 0)
        {
            throw new DomainException("Plans.ActionWhatRequired", $"Action {number} needs a description.", number);
        }

        if (!Enum.IsDefined(Responsible))
        {
            throw new DomainException("Plans.ActionResponsibleInvalid", $"Action {number} has no valid responsible party.", number);
        }

        if (!Enum.IsDefined(Status))
        {
            throw new DomainException("Plans.ActionStatusInvalid", $"Action {number} has no valid status.", number);
        }

        string? organisation = null;
        if (Responsible == ActionResponsible.OtherOrganisation)
        {
            organisation = OrganisationName?.Trim();
            if (string.IsNullOrEmpty(organisation))
            {
                throw new DomainException("Plans.ActionOrganisationRequired", $"Action {number} is another organisation's: name it.", number);
            }

            if (organisation.Length > OrganisationNameMaxLength)
            {
                throw new DomainException("Validation.TooLong", $"Action {number}'s organisation name is too long.", OrganisationNameMaxLength);
            }
        }

        // A sanity bound that catches a mistyped year, not a rule of the handbook.
        if (DueDate is { } due && due < agreedOn.AddYears(-1))
        {
            throw new DomainException("Plans.ActionDueTooEarly", $"Action {number} is due more than a year before the plan was agreed.", number);
        }

        DateOnly? completed = null;
        if (Status == PlanActionStatus.Done)
        {
            completed = CompletedOn ?? throw new DomainException("Plans.ActionCompletedOnRequired", $"Done action {number} needs its completion date.", number);
            if (completed > today)
            {
                throw new DomainException("Plans.ActionCompletedInFuture", $"Action {number} cannot be completed in the future.", number);
            }
        }

        return this with
        {
            Key = Key == Guid.Empty ? Guid.NewGuid() : Key,
            What = what,
            OrganisationName = organisation,
            CompletedOn = completed,
        };
    }
}
