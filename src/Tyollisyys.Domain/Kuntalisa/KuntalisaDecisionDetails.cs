namespace Tyollisyys.Domain.Kuntalisa;

/// <summary>
/// What the counsellor fills in on a draft, as one value so drafting and editing share one rule set.
/// <see cref="RuleVersionId"/> is the municipality's version in force on <see cref="ApplicationDate"/>
/// (<see cref="KuntalisaRules.InForceOn"/>); the page looks it up again whenever the date changes.
/// <see cref="Employment"/> is already checked by its own constructor (dates, hours, pay).
/// </summary>
public sealed record KuntalisaDecisionDetails(
    int EmployerId,
    int RuleVersionId,
    DateOnly ApplicationDate,
    KuntalisaEmployment Employment,
    string CollectiveAgreement,
    bool HasStatePaySubsidy,
    decimal? RequestedPercent,
    int RequestedMonths);
