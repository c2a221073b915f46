namespace Tyollisyys.Domain.Plans;

/// <summary>What the counsellor and the client agreed: the content of one new plan version.</summary>
public sealed record PlanContent(
    PlanType Type,
    string Goals,
    DateOnly AgreedOn,
    DateOnly NextReviewDate,
    IReadOnlyList<PlanAction> Actions,
    DateOnly FirstObligationPeriodStart,
    IReadOnlyList<(int Jobs, string? Reason)> Obligation);
