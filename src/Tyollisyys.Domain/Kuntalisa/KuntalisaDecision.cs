using System.Globalization;
using Tyollisyys.Domain.Common;

namespace Tyollisyys.Domain.Kuntalisa;

/// <summary>
/// Kuntalisäpäätös: one municipal wage subsidy decision from draft to closing (domain.md §4). The paying
/// municipality is the job-seeker's home municipality; <see cref="RuleVersionId"/> is the rule version in force
/// on the application date and never changes after approval, whatever happens to the rules. Approval freezes the
/// granted figures and commits <see cref="GrantedTotal"/> against the appropriation; cancelling, ending early and
/// closing release what will not be paid. Every method refuses the statuses it does not belong to with
/// <c>Kuntalisa.Decision.IllegalTransition</c> (args: the status, the <see cref="KuntalisaDecisionAction"/>), and
/// every refusal leaves the decision exactly as it was (everything is checked and computed before anything is set).
/// </summary>
public sealed partial class KuntalisaDecision
{
    public const int CollectiveAgreementMaxLength = 200;

    public const int ReasonMaxLength = 2000;

    /// <summary>A claim covers at most this many subsidy months.</summary>
    public const int MaxClaimMonths = 3;

    private readonly List<KuntalisaPaymentClaim> _claims = [];

    private KuntalisaDecision()
    {
        CollectiveAgreement = string.Empty;
    }

    public long Id { get; private set; }

    /// <summary>The paying municipality: the job-seeker's home municipality when the decision was drafted.</summary>
    public int MunicipalityId { get; private set; }

    public long JobSeekerId { get; private set; }

    public int EmployerId { get; private set; }

    public int RuleVersionId { get; private set; }

    public Guid DraftedBy { get; private set; }

    public DateTimeOffset DraftedAt { get; private set; }

    public DateOnly ApplicationDate { get; private set; }

    public DateOnly EmploymentStart { get; private set; }

    /// <summary>Last day of a fixed-term employment; null when open-ended.</summary>
    public DateOnly? EmploymentEnd { get; private set; }

    public decimal WeeklyHours { get; private set; }

    public decimal GrossMonthlyPay { get; private set; }

    public decimal MonthlyEmployerCosts { get; private set; }

    public string CollectiveAgreement { get; private set; }

    public bool HasStatePaySubsidy { get; private set; }

    public decimal? RequestedPercent { get; private set; }

    public int RequestedMonths { get; private set; }

    public KuntalisaDecisionStatus Status { get; private set; }

    public DateTimeOffset? SubmittedAt { get; private set; }

    /// <summary>The manager who approved or rejected; never the drafter.</summary>
    public Guid? DecidedBy { get; private set; }

    public DateTimeOffset? DecidedAt { get; private set; }

    /// <summary>The decision's date as printed in the letter.</summary>
    public DateOnly? DecidedOn { get; private set; }

    public string? RejectionReason { get; private set; }

    /// <summary>"KL-2026-0042", given at approval (a rejection gets none).</summary>
    public string? Number { get; private set; }

    public int? NumberYear { get; private set; }

    public int? NumberSequence { get; private set; }

    /// <summary>The granted percentage; null for a fixed-sum rule.</summary>
    public decimal? GrantedPercent { get; private set; }

    public decimal? GrantedMonthlyAmount { get; private set; }

    public int? GrantedMonths { get; private set; }

    /// <summary>The monthly payments after the total cap plus any bonus: the most the decision can cost.</summary>
    public decimal? GrantedTotal { get; private set; }

    /// <summary>The one-off bonus within <see cref="GrantedTotal"/> (Tampere: 1 800 € if the employment lasts a year); 0 when none.</summary>
    public decimal? GrantedBonus { get; private set; }

    public DateOnly? SubsidyStart { get; private set; }

    public DateOnly? SubsidyEnd { get; private set; }

    /// <summary>What this decision holds against the appropriation now.</summary>
    public decimal Committed { get; private set; }

    public DateTimeOffset? CancelledAt { get; private set; }

    public string? CancelReason { get; private set; }

    /// <summary>The last day of employment when it ended before the subsidised period did.</summary>
    public DateOnly? EndedEarlyOn { get; private set; }

    public DateTimeOffset? EndedAt { get; private set; }

    public string? EndReason { get; private set; }

    /// <summary>After an early end: what the shortened employment allows in all (no bonus).</summary>
    public decimal? AllowedTotal { get; private set; }

    /// <summary>What was paid beyond <see cref="AllowedTotal"/> and must be recovered from the employer; 0 otherwise.</summary>
    public decimal RecoveryAmount { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    public IReadOnlyList<KuntalisaPaymentClaim> Claims => _claims;

    // The person's facts the approval was judged on, frozen with it: the client's record may change later (the
    // job search ends when they start the job), and the letter's grounds must still show what was decided.
    public int? ApplicantAge { get; private set; }

    public int? ApplicantUnemploymentDays { get; private set; }

    public int? ApplicantLabourMarketSubsidyDays { get; private set; }

    public KuntalisaTargetGroups? ApplicantTargetGroups { get; private set; }

    public int? ApplicantHomeMunicipalityId { get; private set; }

    /// <summary>The applicant as judged at approval; null before.</summary>
    public KuntalisaApplicant? DecidedApplicant => ApplicantAge is { } age
        ? new KuntalisaApplicant(age, ApplicantUnemploymentDays!.Value, ApplicantTargetGroups!.Value, ApplicantHomeMunicipalityId!.Value, HasStatePaySubsidy, ApplicantLabourMarketSubsidyDays!.Value)
        : null;

    public KuntalisaEmployment Employment =>
        new(EmploymentStart, EmploymentEnd, WeeklyHours, GrossMonthlyPay, MonthlyEmployerCosts);

    /// <summary>The subsidised period; null until approval.</summary>
    public KuntalisaSubsidyPeriod? SubsidyPeriod =>
        SubsidyStart is { } start && GrantedMonths is { } months ? new KuntalisaSubsidyPeriod(start, months) : null;

    /// <summary>Approved, in payment or ended early: claims can still be recorded.</summary>
    public bool IsLive => Status.IsLive();

    /// <summary>Every claim is paid when recorded (see <see cref="KuntalisaPaymentClaim"/>).</summary>
    public decimal TotalPaid => _claims.Sum(c => c.PayableAmount);

    /// <summary>What the grant still allows: (<see cref="AllowedTotal"/> ?? <see cref="GrantedTotal"/>) − paid, never below 0; 0 unless live.</summary>
    public decimal Remaining => RemainingOf(Status, AllowedTotal, GrantedTotal, TotalPaid);

    /// <summary>What monthly claims may still take: as <see cref="Remaining"/>, but without the bonus (not paid through monthly claims).</summary>
    public decimal RemainingForClaims =>
        IsLive ? Math.Max(0m, (AllowedTotal ?? ((GrantedTotal ?? 0m) - (GrantedBonus ?? 0m))) - TotalPaid) : 0m;

    /// <summary>
    /// <see cref="Remaining"/> from a decision's stored figures, for lists and exports that project rows instead of
    /// loading decisions with their claims.
    /// </summary>
    public static decimal RemainingOf(KuntalisaDecisionStatus status, decimal? allowedTotal, decimal? grantedTotal, decimal paid) =>
        status.IsLive() ? Math.Max(0m, (allowedTotal ?? grantedTotal ?? 0m) - paid) : 0m;

    public static KuntalisaDecision Draft(
        long jobSeekerId,
        int municipalityId,
        KuntalisaDecisionDetails details,
        Guid draftedBy,
        DateTimeOffset at,
        DateOnly today)
    {
        var decision = new KuntalisaDecision
        {
            JobSeekerId = jobSeekerId,
            MunicipalityId = municipalityId,
            DraftedBy = draftedBy,
            DraftedAt = at,
            Status = KuntalisaDecisionStatus.Draft,
        };
        decision.Apply(details, today);
        return decision;
    }

    public void UpdateDraft(KuntalisaDecisionDetails details, DateOnly today)
    {
        Require(KuntalisaDecisionAction.UpdateDraft, KuntalisaDecisionStatus.Draft);
        Apply(details, today);
    }

    /// <summary>
    /// The application the eligibility check and the calculation need. The decision's own facts win: the
    /// employment, the request and whether the employment has the state pay subsidy; the person's facts
    /// (age, days, groups, home municipality) come from <paramref name="applicant"/>.
    /// </summary>
    public KuntalisaApplication ToApplication(KuntalisaApplicant applicant, KuntalisaEmployerCategory category)
    {
        ArgumentNullException.ThrowIfNull(applicant);
        var withSubsidy = new KuntalisaApplicant(
            applicant.Age,
            applicant.UnemploymentDays,
            applicant.TargetGroups,
            applicant.HomeMunicipalityId,
            HasStatePaySubsidy,
            applicant.LabourMarketSubsidyDays);
        return new KuntalisaApplication(ApplicationDate, withSubsidy, category, Employment, RequestedPercent, RequestedMonths);
    }

    public void Submit(DateTimeOffset at)
    {
        Require(KuntalisaDecisionAction.Submit, KuntalisaDecisionStatus.Draft);
        Status = KuntalisaDecisionStatus.Submitted;
        SubmittedAt = at;
    }

    /// <summary>The drafter takes a submitted decision back to correct it before anyone decides.</summary>
    public void ReturnToDraft()
    {
        Require(KuntalisaDecisionAction.ReturnToDraft, KuntalisaDecisionStatus.Submitted);
        Status = KuntalisaDecisionStatus.Draft;
        SubmittedAt = null;
    }

    /// <summary>
    /// Approves: the decider is not the drafter, the application passes every predicate of
    /// <paramref name="rule"/> (the version this decision was drafted under), and the grant fits into what the
    /// appropriation has free. Freezes the granted figures and the subsidised period, and commits the grant.
    /// <paramref name="application"/> must be this decision's (<see cref="ToApplication"/>); <paramref name="number"/>
    /// is the next of the municipality's numbers for the year of <paramref name="decidedOn"/>.
    /// </summary>
    public void Approve(
        Guid decider,
        DateTimeOffset at,
        DateOnly decidedOn,
        KuntalisaDecisionNumber number,
        KuntalisaRuleVersion rule,
        KuntalisaApplication application,
        AppropriationRoom room)
    {
        Require(KuntalisaDecisionAction.Approve, KuntalisaDecisionStatus.Submitted);
        ArgumentNullException.ThrowIfNull(number);
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(application);
        ArgumentNullException.ThrowIfNull(room);
        CheckFourEyes(decider);

        if (rule.Id != RuleVersionId || rule.MunicipalityId != MunicipalityId)
        {
            throw new ArgumentException("The rule version is not the one this decision was drafted under.", nameof(rule));
        }

        if (!IsThisDecisions(application))
        {
            throw new ArgumentException("The application does not describe this decision; build it with ToApplication.", nameof(application));
        }

        if (number.Year != decidedOn.Year)
        {
            throw new ArgumentException("A decision number belongs to the year of the decision.", nameof(number));
        }

        var eligibility = EligibilityCheck.Evaluate(rule, application);
        if (!eligibility.IsEligible)
        {
            var failures = eligibility.Failures.Count();
            throw new DomainException(
                "Kuntalisa.Decision.NotEligible",
                string.Create(CultureInfo.InvariantCulture, $"The application fails {failures} of the rule's conditions; see the eligibility check."),
                failures);
        }

        var calculation = KuntalisaCalculator.Calculate(rule, application);
        var grant = calculation.TotalWithBonus;
        if (room.CommittedByOthers + grant > room.Appropriation)
        {
            throw new DomainException(
                "Kuntalisa.Decision.AppropriationExceeded",
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"The grant of {grant:0.00} € does not fit: {room.Free:0.00} € of the appropriation of {room.Appropriation:0.00} € is free."),
                grant,
                room.Free,
                room.Appropriation);
        }

        Status = KuntalisaDecisionStatus.Approved;
        DecidedBy = decider;
        DecidedAt = at;
        DecidedOn = decidedOn;
        Number = number.ToString();
        NumberYear = number.Year;
        NumberSequence = number.Sequence;
        GrantedPercent = calculation.Percent;
        GrantedMonthlyAmount = calculation.MonthlyAmount;
        GrantedMonths = calculation.Months;
        GrantedTotal = grant;
        GrantedBonus = calculation.Bonus;
        SubsidyStart = EmploymentStart;
        SubsidyEnd = EmploymentStart.AddMonths(calculation.Months).AddDays(-1);
        Committed = grant;
        var applicant = application.Applicant;
        ApplicantAge = applicant.Age;
        ApplicantUnemploymentDays = applicant.UnemploymentDays;
        ApplicantLabourMarketSubsidyDays = applicant.LabourMarketSubsidyDays;
        ApplicantTargetGroups = applicant.TargetGroups;
        ApplicantHomeMunicipalityId = applicant.HomeMunicipalityId;
    }

    /// <summary>Rejects with the reasons the letter gives; a rejection gets no number and commits nothing.</summary>
    public void Reject(Guid decider, DateTimeOffset at, DateOnly decidedOn, string reason)
    {
        Require(KuntalisaDecisionAction.Reject, KuntalisaDecisionStatus.Submitted);
        CheckFourEyes(decider);
        var text = Guard.RequiredText(reason, ReasonMaxLength, "Kuntalisa.Decision.RejectionReasonRequired", "Rejection reason");

        Status = KuntalisaDecisionStatus.Rejected;
        DecidedBy = decider;
        DecidedAt = at;
        DecidedOn = decidedOn;
        RejectionReason = text;
    }

    private void Apply(KuntalisaDecisionDetails details, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(details);
        ArgumentNullException.ThrowIfNull(details.Employment);
        KuntalisaApplication.CheckRequest(details.RequestedPercent, details.RequestedMonths);
        if (details.ApplicationDate > today)
        {
            throw new DomainException(
                "Kuntalisa.Decision.ApplicationDateInFuture",
                string.Create(CultureInfo.InvariantCulture, $"The application date {details.ApplicationDate:yyyy-MM-dd} lies in the future."),
                details.ApplicationDate);
        }

        var agreement = Guard.RequiredText(
            details.CollectiveAgreement,
            CollectiveAgreementMaxLength,
            "Kuntalisa.Decision.CollectiveAgreementRequired",
            "Collective agreement");

        // Assigned only after every check, so a refused edit leaves the draft as it was.
        EmployerId = details.EmployerId;
        RuleVersionId = details.RuleVersionId;
        ApplicationDate = details.ApplicationDate;
        EmploymentStart = details.Employment.Start;
        EmploymentEnd = details.Employment.End;
        WeeklyHours = details.Employment.WeeklyHours;
        GrossMonthlyPay = details.Employment.GrossMonthlyPay;
        MonthlyEmployerCosts = details.Employment.MonthlyEmployerCosts;
        CollectiveAgreement = agreement;
        HasStatePaySubsidy = details.HasStatePaySubsidy;
        RequestedPercent = details.RequestedPercent;
        RequestedMonths = details.RequestedMonths;
    }

    private bool IsThisDecisions(KuntalisaApplication application) =>
        application.ApplicationDate == ApplicationDate
        && application.Employment == Employment
        && application.RequestedPercent == RequestedPercent
        && application.RequestedMonths == RequestedMonths
        && application.Applicant.HasStatePaySubsidy == HasStatePaySubsidy;

    private void CheckFourEyes(Guid decider)
    {
        if (decider == DraftedBy)
        {
            throw new DomainException("Kuntalisa.Decision.DeciderIsDrafter", "The decision must be made by someone other than its drafter.");
        }
    }

    private void Require(KuntalisaDecisionAction action, params KuntalisaDecisionStatus[] allowed)
    {
        if (!allowed.Contains(Status))
        {
            throw new DomainException(
                "Kuntalisa.Decision.IllegalTransition",
                $"A decision that is {Status} does not allow {action}.",
                Status,
                action);
        }
    }
}
