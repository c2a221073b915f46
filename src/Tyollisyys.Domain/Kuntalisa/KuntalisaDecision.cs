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
public sealed class KuntalisaDecision
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
    public decimal Remaining => IsLive ? Math.Max(0m, (AllowedTotal ?? GrantedTotal ?? 0m) - TotalPaid) : 0m;

    /// <summary>What monthly claims may still take: as <see cref="Remaining"/>, but without the bonus (not paid through monthly claims).</summary>
    public decimal RemainingForClaims =>
        IsLive ? Math.Max(0m, (AllowedTotal ?? ((GrantedTotal ?? 0m) - (GrantedBonus ?? 0m))) - TotalPaid) : 0m;

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

    /// <summary>
    /// Cancels a draft, a submitted or an approved decision and releases its commitment. Once anything has been
    /// paid (in payment) the decision cannot be cancelled: it is ended early instead, which computes any recovery;
    /// that refusal is <c>Kuntalisa.Decision.CancelAfterPayment</c> rather than the illegal transition, since it
    /// names the way out. (An approved decision has no claims: the first one puts it in payment.)
    /// </summary>
    public void Cancel(DateTimeOffset at, string reason)
    {
        if (Status == KuntalisaDecisionStatus.InPayment)
        {
            throw new DomainException(
                "Kuntalisa.Decision.CancelAfterPayment",
                "A decision with payments cannot be cancelled; end it early instead.");
        }

        Require(KuntalisaDecisionAction.Cancel, KuntalisaDecisionStatus.Draft, KuntalisaDecisionStatus.Submitted, KuntalisaDecisionStatus.Approved);
        var text = Guard.RequiredText(reason, ReasonMaxLength, "Kuntalisa.Decision.CancelReasonRequired", "Cancel reason");

        Status = KuntalisaDecisionStatus.Cancelled;
        CancelledAt = at;
        CancelReason = text;
        Committed = 0m;
    }

    /// <summary>
    /// The employment ended on <paramref name="lastDayOfEmployment"/>, before the subsidised period's last day.
    /// The allowed total becomes the monthly amount for the whole subsidy months worked plus the days worked of
    /// the last, partial one (never above the frozen grant's monthly payments; a bonus is forfeited). More paid
    /// than that is to be recovered; the commitment shrinks to what is allowed, or to what was paid if more.
    /// </summary>
    public void EndEarly(DateOnly lastDayOfEmployment, string reason, DateTimeOffset at)
    {
        Require(KuntalisaDecisionAction.EndEarly, KuntalisaDecisionStatus.Approved, KuntalisaDecisionStatus.InPayment);
        var text = Guard.RequiredText(reason, ReasonMaxLength, "Kuntalisa.Decision.EndReasonRequired", "End reason");
        var period = SubsidyPeriod!;
        if (lastDayOfEmployment < period.Start || lastDayOfEmployment >= period.End)
        {
            throw new DomainException(
                "Kuntalisa.Decision.NotAnEarlyEnd",
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"An early end lies from {period.Start:yyyy-MM-dd} to the day before {period.End:yyyy-MM-dd}, the subsidised period's last day (got {lastDayOfEmployment:yyyy-MM-dd})."),
                lastDayOfEmployment,
                period.Start,
                period.End);
        }

        var worked = period.AmountFor(GrantedMonthlyAmount!.Value, period.Start, lastDayOfEmployment);
        var allowed = Math.Min(worked, GrantedTotal!.Value - GrantedBonus!.Value);
        var paid = TotalPaid;

        Status = KuntalisaDecisionStatus.EndedEarly;
        EndedEarlyOn = lastDayOfEmployment;
        EndedAt = at;
        EndReason = text;
        AllowedTotal = allowed;
        RecoveryAmount = Math.Max(0m, paid - allowed);
        Committed = Math.Max(allowed, paid);
    }

    /// <summary>Closes the decision: nothing more will be paid, so the commitment shrinks to what was paid.</summary>
    public void Close(DateTimeOffset at)
    {
        Require(KuntalisaDecisionAction.Close, KuntalisaDecisionStatus.InPayment, KuntalisaDecisionStatus.EndedEarly);
        Status = KuntalisaDecisionStatus.Closed;
        ClosedAt = at;
        Committed = TotalPaid;
    }

    /// <summary>
    /// Records (and thereby pays) the employer's claim for <paramref name="periodStart"/>–<paramref name="periodEnd"/>:
    /// 1–3 subsidy months from a month's first day to a month's last day (after an early end, the last month may
    /// end on the last day of employment), within the subsidised period, not overlapping an earlier claim, and over
    /// before it was received. Payable: in percentage mode the granted share of the wages, at most the monthly amount
    /// for the months; in fixed mode the monthly amount for the months; then at most what the grant still allows.
    /// A claim received after <see cref="KuntalisaPaymentClaim.DeadlineFor"/> needs <paramref name="lateReason"/>
    /// (ignored for a claim on time). The first claim puts an approved decision in payment.
    /// </summary>
    public KuntalisaPaymentClaim RecordClaim(
        DateOnly periodStart,
        DateOnly periodEnd,
        DateOnly receivedOn,
        decimal wagesPaid,
        string? lateReason,
        Guid recordedBy,
        DateTimeOffset at)
    {
        Require(KuntalisaDecisionAction.RecordClaim, KuntalisaDecisionStatus.Approved, KuntalisaDecisionStatus.InPayment, KuntalisaDecisionStatus.EndedEarly);
        var room = RemainingForClaims;
        if (room <= 0m)
        {
            throw new DomainException(
                "Kuntalisa.Claim.NothingRemaining",
                string.Create(CultureInfo.InvariantCulture, $"The grant has been paid in full ({TotalPaid:0.00} €); nothing remains to claim."),
                TotalPaid);
        }

        var wages = KuntalisaAmount.Cents(wagesPaid);
        if (wages <= 0m)
        {
            throw new DomainException("Kuntalisa.Claim.InvalidWages", "The wages paid for the period must be more than zero.");
        }

        var period = SubsidyPeriod!;
        CheckClaimPeriod(period, periodStart, periodEnd, receivedOn);

        var deadline = KuntalisaPaymentClaim.DeadlineFor(periodEnd);
        string? reason = null;
        if (receivedOn > deadline)
        {
            if (string.IsNullOrWhiteSpace(lateReason))
            {
                throw new DomainException(
                    "Kuntalisa.Claim.LateNeedsReason",
                    string.Create(CultureInfo.InvariantCulture, $"The claim was due by {deadline:yyyy-MM-dd}; a late claim needs a reason to be accepted."),
                    deadline);
            }

            reason = Guard.RequiredText(lateReason, KuntalisaPaymentClaim.LateReasonMaxLength, "Kuntalisa.Claim.LateNeedsReason", "Late reason");
        }

        var forMonths = period.AmountFor(GrantedMonthlyAmount!.Value, periodStart, periodEnd);
        var payable = forMonths;
        var limitedByMonthly = false;
        if (GrantedPercent is { } percent)
        {
            var share = KuntalisaAmount.Cents(wages * percent / 100m);
            limitedByMonthly = share > forMonths;
            payable = limitedByMonthly ? forMonths : share;
        }

        var limitedByGrant = payable > room;
        if (limitedByGrant)
        {
            payable = room;
        }

        var claim = new KuntalisaPaymentClaim(
            Guid.NewGuid(),
            periodStart,
            periodEnd,
            receivedOn,
            wages,
            period.MonthsIn(periodStart, periodEnd),
            payable,
            limitedByMonthly,
            limitedByGrant,
            reason,
            recordedBy,
            at);
        _claims.Add(claim);
        if (Status == KuntalisaDecisionStatus.Approved)
        {
            Status = KuntalisaDecisionStatus.InPayment;
        }

        return claim;
    }

    private void CheckClaimPeriod(KuntalisaSubsidyPeriod period, DateOnly start, DateOnly end, DateOnly receivedOn)
    {
        if (end < start)
        {
            throw new DomainException(
                "Kuntalisa.Claim.PeriodEndsBeforeStart",
                string.Create(CultureInfo.InvariantCulture, $"The claim period cannot end ({end:yyyy-MM-dd}) before it starts ({start:yyyy-MM-dd})."),
                start,
                end);
        }

        var lastDay = EndedEarlyOn ?? period.End;
        if (start < period.Start || end > lastDay)
        {
            throw new DomainException(
                "Kuntalisa.Claim.OutsideSubsidyPeriod",
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"The claim period {start:yyyy-MM-dd}–{end:yyyy-MM-dd} must lie within the subsidised period {period.Start:yyyy-MM-dd}–{lastDay:yyyy-MM-dd}."),
                period.Start,
                lastDay);
        }

        if (period.IndexOfMonthStarting(start) is not { } first)
        {
            throw new DomainException(
                "Kuntalisa.Claim.NotOnMonthBoundary",
                string.Create(CultureInfo.InvariantCulture, $"A claim period starts on the first day of a subsidy month; the months run from {period.Start:yyyy-MM-dd} (got {start:yyyy-MM-dd})."),
                start,
                period.Start);
        }

        var last = period.IndexOfMonthContaining(end)!.Value;
        if (end != period.MonthEnd(last) && end != EndedEarlyOn)
        {
            throw new DomainException(
                "Kuntalisa.Claim.NotWholeMonths",
                string.Create(CultureInfo.InvariantCulture, $"A claim period ends on the last day of a subsidy month: {end:yyyy-MM-dd} lies in the month ending {period.MonthEnd(last):yyyy-MM-dd}."),
                end,
                period.MonthEnd(last));
        }

        if (last - first + 1 > MaxClaimMonths)
        {
            throw new DomainException(
                "Kuntalisa.Claim.TooManyMonths",
                string.Create(CultureInfo.InvariantCulture, $"A claim covers 1–{MaxClaimMonths} subsidy months ({start:yyyy-MM-dd}–{end:yyyy-MM-dd} covers {last - first + 1})."),
                MaxClaimMonths,
                last - first + 1);
        }

        if (_claims.Find(c => c.Overlaps(start, end)) is { } earlier)
        {
            throw new DomainException(
                "Kuntalisa.Claim.Overlaps",
                string.Create(CultureInfo.InvariantCulture, $"The period overlaps the claim for {earlier.PeriodStart:yyyy-MM-dd}–{earlier.PeriodEnd:yyyy-MM-dd}."),
                earlier.PeriodStart,
                earlier.PeriodEnd);
        }

        if (end >= receivedOn)
        {
            throw new DomainException(
                "Kuntalisa.Claim.PeriodNotOver",
                string.Create(CultureInfo.InvariantCulture, $"A claim is for a past period: it ends {end:yyyy-MM-dd} and was received {receivedOn:yyyy-MM-dd}."),
                end,
                receivedOn);
        }
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
