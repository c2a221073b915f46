namespace Tyollisyys.Domain.Kuntalisa;

/// <summary>Where a kuntalisä decision is in its lifecycle (domain.md §4). The numbers are stored: never renumber.</summary>
public enum KuntalisaDecisionStatus
{
    Draft = 1,
    Submitted = 2,
    Approved = 3,
    Rejected = 4,
    InPayment = 5,
    Closed = 6,
    Cancelled = 7,
    EndedEarly = 8,
}

/// <summary>What was attempted on a decision; named in the "illegal transition" refusal together with the status.</summary>
public enum KuntalisaDecisionAction
{
    UpdateDraft = 1,
    Submit = 2,
    ReturnToDraft = 3,
    Approve = 4,
    Reject = 5,
    Cancel = 6,
    EndEarly = 7,
    Close = 8,
    RecordClaim = 9,
}

public static class KuntalisaDecisionStatusExtensions
{
    /// <summary>Approved, in payment or ended early: the decision still expects payments.</summary>
    public static bool IsLive(this KuntalisaDecisionStatus status) =>
        status is KuntalisaDecisionStatus.Approved or KuntalisaDecisionStatus.InPayment or KuntalisaDecisionStatus.EndedEarly;

    /// <summary>The statuses whose <see cref="KuntalisaDecision.Committed"/> counts against the appropriation.</summary>
    public static bool Commits(this KuntalisaDecisionStatus status) =>
        status.IsLive() || status == KuntalisaDecisionStatus.Closed;
}
