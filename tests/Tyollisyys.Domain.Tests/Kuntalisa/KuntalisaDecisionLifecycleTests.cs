using Tyollisyys.Domain.Kuntalisa;
using Xunit;
using static Tyollisyys.Domain.Tests.Kuntalisa.KuntalisaDecisionFixtures;
using static Tyollisyys.Domain.Tests.Kuntalisa.KuntalisaFixtures;
using Action = Tyollisyys.Domain.Kuntalisa.KuntalisaDecisionAction;
using Status = Tyollisyys.Domain.Kuntalisa.KuntalisaDecisionStatus;

namespace Tyollisyys.Domain.Tests.Kuntalisa;

public sealed class KuntalisaDecisionLifecycleTests
{
    /// <summary>The (status, action) pairs the lifecycle allows; everything else is an illegal transition.</summary>
    private static readonly HashSet<(Status, Action)> Legal =
    [
        (Status.Draft, Action.UpdateDraft),
        (Status.Draft, Action.Submit),
        (Status.Draft, Action.Cancel),
        (Status.Submitted, Action.ReturnToDraft),
        (Status.Submitted, Action.Approve),
        (Status.Submitted, Action.Reject),
        (Status.Submitted, Action.Cancel),
        (Status.Approved, Action.Cancel),
        (Status.Approved, Action.EndEarly),
        (Status.Approved, Action.RecordClaim),
        (Status.InPayment, Action.EndEarly),
        (Status.InPayment, Action.Close),
        (Status.InPayment, Action.RecordClaim),
        (Status.EndedEarly, Action.Close),
        (Status.EndedEarly, Action.RecordClaim),
    ];

    public static TheoryData<Status, Action> IllegalPairs
    {
        get
        {
            var data = new TheoryData<Status, Action>();
            foreach (var status in Enum.GetValues<Status>())
            {
                foreach (var action in Enum.GetValues<Action>())
                {
                    // Cancelling in payment has its own refusal (CancelAfterPayment), tested below.
                    if (!Legal.Contains((status, action)) && (status, action) != (Status.InPayment, Action.Cancel))
                    {
                        data.Add(status, action);
                    }
                }
            }

            return data;
        }
    }

    public static TheoryData<Status, Action> LegalPairs
    {
        get
        {
            var data = new TheoryData<Status, Action>();
            foreach (var (status, action) in Legal)
            {
                data.Add(status, action);
            }

            return data;
        }
    }

    [Fact]
    public void The_illegal_pairs_are_all_the_pairs_but_the_legal_ones_and_cancelling_in_payment()
    {
        // 8 statuses × 9 actions = 72 pairs; 15 legal; 1 with its own refusal → 56 illegal.
        Assert.Equal(56, IllegalPairs.Count);
    }

    [Theory]
    [MemberData(nameof(IllegalPairs))]
    public void Every_illegal_transition_is_refused_naming_the_status_and_the_action_and_changes_nothing(Status status, Action action)
    {
        var decision = InState(status);
        var committed = decision.Committed;
        var paid = decision.TotalPaid;

        var refusal = AssertRefused("Kuntalisa.Decision.IllegalTransition", () => Perform(decision, action));

        Assert.Equal([status, action], refusal.Arguments);
        Assert.Equal(status, decision.Status);
        Assert.Equal(committed, decision.Committed);
        Assert.Equal(paid, decision.TotalPaid);
    }

    [Theory]
    [MemberData(nameof(LegalPairs))]
    public void Every_legal_transition_is_accepted(Status status, Action action)
    {
        var decision = InState(status);

        Perform(decision, action);
    }

    [Fact]
    public void A_draft_holds_the_counsellors_facts_and_commits_nothing()
    {
        var decision = NewDraft(Details(agreement: "  " + Agreement + "  "));

        Assert.Equal(Status.Draft, decision.Status);
        Assert.Equal(JobSeekerId, decision.JobSeekerId);
        Assert.Equal(KajaaniId, decision.MunicipalityId);
        Assert.Equal(EmployerId, decision.EmployerId);
        Assert.Equal(0, decision.RuleVersionId);
        Assert.Equal(Drafter, decision.DraftedBy);
        Assert.Equal(Now, decision.DraftedAt);
        Assert.Equal(Applied, decision.ApplicationDate);
        Assert.Equal(Start, decision.EmploymentStart);
        Assert.Null(decision.EmploymentEnd);
        Assert.Equal(37.5m, decision.WeeklyHours);
        Assert.Equal(2400m, decision.GrossMonthlyPay);
        Assert.Equal(0m, decision.MonthlyEmployerCosts);
        Assert.Equal(Agreement, decision.CollectiveAgreement);
        Assert.False(decision.HasStatePaySubsidy);
        Assert.Equal(70m, decision.RequestedPercent);
        Assert.Equal(6, decision.RequestedMonths);
        Assert.Equal(0m, decision.Committed);
        Assert.Null(decision.Number);
        Assert.Null(decision.SubsidyPeriod);
        Assert.Equal(0m, decision.Remaining);
        Assert.Empty(decision.Claims);
    }

    [Fact]
    public void An_application_dated_today_is_accepted_and_one_dated_tomorrow_is_refused()
    {
        Assert.Equal(Today, NewDraft(Details(applied: Today)).ApplicationDate);

        var refusal = AssertRefused("Kuntalisa.Decision.ApplicationDateInFuture", () => NewDraft(Details(applied: Today.AddDays(1))));
        Assert.Equal([new DateOnly(2026, 2, 11)], refusal.Arguments);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void A_draft_without_a_collective_agreement_is_refused(string agreement) =>
        AssertRefused("Kuntalisa.Decision.CollectiveAgreementRequired", () => NewDraft(Details(agreement: agreement)));

    [Fact]
    public void A_collective_agreement_of_200_characters_fits_and_201_do_not()
    {
        Assert.Equal(200, NewDraft(Details(agreement: new string('a', 200))).CollectiveAgreement.Length);
        AssertRefused("Validation.TooLong", () => NewDraft(Details(agreement: new string('a', 201))));
    }

    [Fact]
    public void A_draft_checks_the_request_as_an_application_does()
    {
        AssertRefused("Kuntalisa.Application.InvalidPercentage", () => NewDraft(Details(percent: 0m)));
        AssertRefused("Kuntalisa.Application.InvalidPercentage", () => NewDraft(Details(percent: 100.01m)));
        AssertRefused("Kuntalisa.Application.InvalidMonths", () => NewDraft(Details(months: 0)));
        AssertRefused("Kuntalisa.Application.InvalidMonths", () => NewDraft(Details(months: 37)));
    }

    [Fact]
    public void Updating_a_draft_replaces_its_facts()
    {
        var decision = NewDraft();

        decision.UpdateDraft(Details(pay: 2600m, percent: 60m, months: 8, end: new DateOnly(2026, 12, 31), ruleVersionId: 5, statePaySubsidy: true), Today);

        Assert.Equal(2600m, decision.GrossMonthlyPay);
        Assert.Equal(60m, decision.RequestedPercent);
        Assert.Equal(8, decision.RequestedMonths);
        Assert.Equal(new DateOnly(2026, 12, 31), decision.EmploymentEnd);
        Assert.Equal(5, decision.RuleVersionId);
        Assert.True(decision.HasStatePaySubsidy);
    }

    [Fact]
    public void A_refused_update_leaves_the_draft_as_it_was()
    {
        var decision = NewDraft();

        AssertRefused("Kuntalisa.Decision.CollectiveAgreementRequired", () => decision.UpdateDraft(Details(pay: 3000m, agreement: " "), Today));
        AssertRefused("Kuntalisa.Decision.ApplicationDateInFuture", () => decision.UpdateDraft(Details(pay: 3000m, applied: Today.AddDays(3)), Today));

        Assert.Equal(2400m, decision.GrossMonthlyPay);
        Assert.Equal(Applied, decision.ApplicationDate);
        Assert.Equal(Agreement, decision.CollectiveAgreement);
    }

    [Fact]
    public void The_application_takes_the_persons_facts_and_the_decisions_own_facts()
    {
        var decision = NewDraft(Details(statePaySubsidy: true));
        var applicant = new KuntalisaApplicant(28, 150, KuntalisaTargetGroups.Young, KajaaniId, false, 120);

        var application = decision.ToApplication(applicant, KuntalisaEmployerCategory.ThirdSector);

        Assert.Equal(Applied, application.ApplicationDate);
        Assert.Equal(KuntalisaEmployerCategory.ThirdSector, application.EmployerCategory);
        Assert.Equal(new KuntalisaEmployment(Start, null, 37.5m, 2400m), application.Employment);
        Assert.Equal(70m, application.RequestedPercent);
        Assert.Equal(6, application.RequestedMonths);
        Assert.Equal(28, application.Applicant.Age);
        Assert.Equal(150, application.Applicant.UnemploymentDays);
        Assert.Equal(120, application.Applicant.LabourMarketSubsidyDays);
        Assert.Equal(KuntalisaTargetGroups.Young, application.Applicant.TargetGroups);

        // The employment's state pay subsidy is a fact of the decision, whatever the applicant record said.
        Assert.True(application.Applicant.HasStatePaySubsidy);
    }

    [Fact]
    public void Submitting_and_returning_to_draft_record_and_clear_the_submission_time()
    {
        var decision = NewDraft();

        decision.Submit(Now.AddHours(1));
        Assert.Equal(Status.Submitted, decision.Status);
        Assert.Equal(Now.AddHours(1), decision.SubmittedAt);

        decision.ReturnToDraft();
        Assert.Equal(Status.Draft, decision.Status);
        Assert.Null(decision.SubmittedAt);

        decision.UpdateDraft(Details(months: 4), Today);
        decision.Submit(Now.AddHours(2));
        Assert.Equal(4, decision.RequestedMonths);
        Assert.Equal(Status.Submitted, decision.Status);
    }

    [Fact]
    public void Approval_freezes_the_grant_gives_the_number_and_commits_the_total()
    {
        var decision = Approved();

        // 2 400 × 70 % = 1 680 €/month; × 6 = 10 080 €; 1.3.2026 + 6 months − 1 day = 31.8.2026.
        Assert.Equal(Status.Approved, decision.Status);
        Assert.Equal(Manager, decision.DecidedBy);
        Assert.Equal(Now.AddDays(6), decision.DecidedAt);
        Assert.Equal(DecidedOn, decision.DecidedOn);
        Assert.Equal("KL-2026-0042", decision.Number);
        Assert.Equal(2026, decision.NumberYear);
        Assert.Equal(42, decision.NumberSequence);
        Assert.Equal(70m, decision.GrantedPercent);
        Assert.Equal(1680.00m, decision.GrantedMonthlyAmount);
        Assert.Equal(6, decision.GrantedMonths);
        Assert.Equal(10080.00m, decision.GrantedTotal);
        Assert.Equal(0m, decision.GrantedBonus);
        Assert.Equal(new DateOnly(2026, 3, 1), decision.SubsidyStart);
        Assert.Equal(new DateOnly(2026, 8, 31), decision.SubsidyEnd);
        Assert.Equal(10080.00m, decision.Committed);
        Assert.Equal(10080.00m, decision.Remaining);
        Assert.Equal(0m, decision.TotalPaid);
        Assert.Null(decision.AllowedTotal);
        Assert.True(decision.IsLive);
        Assert.Equal(0, decision.RuleVersionId);
    }

    [Fact]
    public void Approval_keeps_the_persons_facts_it_was_judged_on_and_none_are_kept_before()
    {
        Assert.Null(Submitted().DecidedApplicant);

        var decided = Approved().DecidedApplicant!;

        var judged = Applicant();
        Assert.Equal(judged.Age, decided.Age);
        Assert.Equal(judged.UnemploymentDays, decided.UnemploymentDays);
        Assert.Equal(judged.LabourMarketSubsidyDays, decided.LabourMarketSubsidyDays);
        Assert.Equal(judged.TargetGroups, decided.TargetGroups);
        Assert.Equal(judged.HomeMunicipalityId, decided.HomeMunicipalityId);
        Assert.False(decided.HasStatePaySubsidy);
    }

    [Fact]
    public void A_fixed_sum_rule_grants_no_percentage_and_its_total_cap_holds()
    {
        var sotkamo = KuntalisaRules.Sotkamo(SotkamoId);

        var decision = Approved(Details(percent: null, months: 12), sotkamo, municipalityId: SotkamoId);

        // 450 €/month × 12 = 5 400 € > cap 3 600 € → 3 600 €; the period still runs 12 months: 1.3.2026–28.2.2027.
        Assert.Null(decision.GrantedPercent);
        Assert.Equal(450m, decision.GrantedMonthlyAmount);
        Assert.Equal(12, decision.GrantedMonths);
        Assert.Equal(3600m, decision.GrantedTotal);
        Assert.Equal(new DateOnly(2027, 2, 28), decision.SubsidyEnd);
        Assert.Equal(3600m, decision.Committed);
    }

    [Fact]
    public void A_bonus_is_part_of_the_grant_and_of_the_commitment()
    {
        var tampere = KuntalisaRules.Tampere(TampereId);

        var decision = Approved(Details(percent: null, months: 6), tampere, municipalityId: TampereId);

        // 600 × 6 = 3 600 € + 1 800 € if the (open-ended) employment lasts a year = 5 400 €.
        Assert.Equal(600m, decision.GrantedMonthlyAmount);
        Assert.Equal(5400m, decision.GrantedTotal);
        Assert.Equal(1800m, decision.GrantedBonus);
        Assert.Equal(5400m, decision.Committed);
        Assert.Equal(5400m, decision.Remaining);
        Assert.Equal(3600m, decision.RemainingForClaims);
    }

    [Fact]
    public void The_drafter_may_not_approve_their_own_decision()
    {
        var decision = Submitted();

        AssertRefused(
            "Kuntalisa.Decision.DeciderIsDrafter",
            () => decision.Approve(Drafter, Now, DecidedOn, Number42, KajaaniRule, decision.ToApplication(Applicant(), KuntalisaEmployerCategory.Company), PlentyOfRoom));

        Assert.Equal(Status.Submitted, decision.Status);
        Assert.Null(decision.Number);
        Assert.Equal(0m, decision.Committed);
    }

    [Fact]
    public void The_drafter_may_not_reject_their_own_decision()
    {
        var decision = Submitted();

        AssertRefused("Kuntalisa.Decision.DeciderIsDrafter", () => decision.Reject(Drafter, Now, DecidedOn, "Ei edellytyksiä."));

        Assert.Equal(Status.Submitted, decision.Status);
        Assert.Null(decision.DecidedBy);
    }

    [Fact]
    public void An_ineligible_application_is_not_approved_and_nothing_changes()
    {
        var decision = Submitted();

        // Unemployed 50 days; Kajaani asks for 91: one failing predicate.
        var refusal = AssertRefused(
            "Kuntalisa.Decision.NotEligible",
            () => decision.Approve(Manager, Now, DecidedOn, Number42, KajaaniRule, decision.ToApplication(Applicant(unemploymentDays: 50), KuntalisaEmployerCategory.Company), PlentyOfRoom));

        Assert.Equal([1], refusal.Arguments);
        Assert.Equal(Status.Submitted, decision.Status);
        Assert.Null(decision.GrantedTotal);
        Assert.Equal(0m, decision.Committed);
    }

    [Fact]
    public void A_private_person_as_employer_is_not_approved()
    {
        var decision = Submitted();

        AssertRefused(
            "Kuntalisa.Decision.NotEligible",
            () => decision.Approve(Manager, Now, DecidedOn, Number42, KajaaniRule, decision.ToApplication(Applicant(), KuntalisaEmployerCategory.PrivatePerson), PlentyOfRoom));
    }

    [Fact]
    public void A_percentage_rule_needs_the_requested_percentage_at_approval()
    {
        var decision = Submitted(Details(percent: null));

        AssertRefused(
            "Kuntalisa.Application.PercentageRequired",
            () => decision.Approve(Manager, Now, DecidedOn, Number42, KajaaniRule, decision.ToApplication(Applicant(), KuntalisaEmployerCategory.Company), PlentyOfRoom));
        Assert.Equal(Status.Submitted, decision.Status);
    }

    [Fact]
    public void An_approval_that_fits_the_appropriation_exactly_is_accepted()
    {
        var decision = Submitted();

        // 9 920 committed by others + 10 080 = 20 000 = the appropriation: fits.
        decision.Approve(Manager, Now, DecidedOn, Number42, KajaaniRule, decision.ToApplication(Applicant(), KuntalisaEmployerCategory.Company), new AppropriationRoom(20_000m, 9_920m));

        Assert.Equal(Status.Approved, decision.Status);
        Assert.Equal(10080m, decision.Committed);
    }

    [Fact]
    public void An_approval_that_would_overrun_the_appropriation_by_a_cent_is_refused_and_nothing_changes()
    {
        var decision = Submitted();

        // 9 920,01 + 10 080 = 20 000,01 > 20 000. Free: 20 000 − 9 920,01 = 10 079,99.
        var refusal = AssertRefused(
            "Kuntalisa.Decision.AppropriationExceeded",
            () => decision.Approve(Manager, Now, DecidedOn, Number42, KajaaniRule, decision.ToApplication(Applicant(), KuntalisaEmployerCategory.Company), new AppropriationRoom(20_000m, 9_920.01m)));

        Assert.Equal([10080.00m, 10079.99m, 20_000m], refusal.Arguments);
        Assert.Equal(Status.Submitted, decision.Status);
        Assert.Null(decision.DecidedBy);
        Assert.Null(decision.DecidedAt);
        Assert.Null(decision.DecidedOn);
        Assert.Null(decision.Number);
        Assert.Null(decision.NumberSequence);
        Assert.Null(decision.GrantedPercent);
        Assert.Null(decision.GrantedMonthlyAmount);
        Assert.Null(decision.GrantedMonths);
        Assert.Null(decision.GrantedTotal);
        Assert.Null(decision.SubsidyStart);
        Assert.Null(decision.SubsidyEnd);
        Assert.Equal(0m, decision.Committed);
    }

    [Fact]
    public void An_approval_against_an_appropriation_already_overcommitted_reports_negative_room()
    {
        var decision = Submitted();

        // Someone lowered the appropriation: 5 000 appropriated, 6 000 committed → −1 000 free.
        var refusal = AssertRefused(
            "Kuntalisa.Decision.AppropriationExceeded",
            () => decision.Approve(Manager, Now, DecidedOn, Number42, KajaaniRule, decision.ToApplication(Applicant(), KuntalisaEmployerCategory.Company), new AppropriationRoom(5_000m, 6_000m)));

        Assert.Equal([10080.00m, -1000m, 5000m], refusal.Arguments);
    }

    [Fact]
    public void Approving_under_another_rule_version_than_the_drafts_is_a_programming_error()
    {
        var decision = Submitted(Details(ruleVersionId: 7));

        Assert.Throws<ArgumentException>(
            () => decision.Approve(Manager, Now, DecidedOn, Number42, KajaaniRule, decision.ToApplication(Applicant(), KuntalisaEmployerCategory.Company), PlentyOfRoom));
        Assert.Equal(Status.Submitted, decision.Status);
    }

    [Fact]
    public void Approving_under_another_municipalitys_rule_is_a_programming_error()
    {
        var decision = Submitted();

        Assert.Throws<ArgumentException>(
            () => decision.Approve(Manager, Now, DecidedOn, Number42, KuntalisaRules.Sotkamo(SotkamoId), decision.ToApplication(Applicant(), KuntalisaEmployerCategory.Company), PlentyOfRoom));
    }

    [Fact]
    public void Approving_with_an_application_that_is_not_the_decisions_is_a_programming_error()
    {
        var decision = Submitted();
        var other = Application(KajaaniId, pay: 3000m, percent: 70m, months: 6);

        Assert.Throws<ArgumentException>(() => decision.Approve(Manager, Now, DecidedOn, Number42, KajaaniRule, other, PlentyOfRoom));
    }

    [Fact]
    public void A_number_of_another_year_than_the_decision_is_a_programming_error()
    {
        var decision = Submitted();

        Assert.Throws<ArgumentException>(
            () => decision.Approve(Manager, Now, DecidedOn, new KuntalisaDecisionNumber(2025, 42), KajaaniRule, decision.ToApplication(Applicant(), KuntalisaEmployerCategory.Company), PlentyOfRoom));
    }

    [Fact]
    public void A_rejection_records_the_decider_and_reason_and_gets_no_number()
    {
        var decision = Submitted();

        decision.Reject(Manager, Now.AddDays(6), DecidedOn, "  Työsuhde alkoi ennen hakemusta.  ");

        Assert.Equal(Status.Rejected, decision.Status);
        Assert.Equal(Manager, decision.DecidedBy);
        Assert.Equal(Now.AddDays(6), decision.DecidedAt);
        Assert.Equal(DecidedOn, decision.DecidedOn);
        Assert.Equal("Työsuhde alkoi ennen hakemusta.", decision.RejectionReason);
        Assert.Null(decision.Number);
        Assert.Null(decision.GrantedTotal);
        Assert.Equal(0m, decision.Committed);
        Assert.False(decision.IsLive);
    }

    [Fact]
    public void A_rejection_needs_a_reason_of_at_most_2000_characters()
    {
        var decision = Submitted();

        AssertRefused("Kuntalisa.Decision.RejectionReasonRequired", () => decision.Reject(Manager, Now, DecidedOn, " "));
        AssertRefused("Validation.TooLong", () => decision.Reject(Manager, Now, DecidedOn, new string('x', 2001)));
        Assert.Equal(Status.Submitted, decision.Status);

        decision.Reject(Manager, Now, DecidedOn, new string('x', 2000));
        Assert.Equal(Status.Rejected, decision.Status);
    }

    [Fact]
    public void Cancelling_an_approved_decision_releases_its_commitment()
    {
        var decision = Approved();
        Assert.Equal(10080m, decision.Committed);

        decision.Cancel(Now.AddDays(10), "Työnantaja perui rekrytoinnin.");

        Assert.Equal(Status.Cancelled, decision.Status);
        Assert.Equal(0m, decision.Committed);
        Assert.Equal(0m, decision.Remaining);
        Assert.Equal(Now.AddDays(10), decision.CancelledAt);
        Assert.Equal("Työnantaja perui rekrytoinnin.", decision.CancelReason);
        Assert.False(decision.IsLive);

        // The number stays: it was given, and the numbering is gapless.
        Assert.Equal("KL-2026-0042", decision.Number);
    }

    [Theory]
    [InlineData(Status.Draft)]
    [InlineData(Status.Submitted)]
    public void A_draft_or_submitted_decision_can_be_cancelled(Status status)
    {
        var decision = InState(status);

        decision.Cancel(Now, "Hakemus peruttu.");

        Assert.Equal(Status.Cancelled, decision.Status);
        Assert.Equal(0m, decision.Committed);
    }

    [Fact]
    public void Cancelling_needs_a_reason()
    {
        var decision = Approved();

        AssertRefused("Kuntalisa.Decision.CancelReasonRequired", () => decision.Cancel(Now, ""));

        Assert.Equal(Status.Approved, decision.Status);
        Assert.Equal(10080m, decision.Committed);
    }

    [Fact]
    public void A_decision_with_a_payment_cannot_be_cancelled_and_keeps_its_commitment()
    {
        var decision = InPayment();

        AssertRefused("Kuntalisa.Decision.CancelAfterPayment", () => decision.Cancel(Now, "Työsuhde päättyi."));

        Assert.Equal(Status.InPayment, decision.Status);
        Assert.Equal(10080m, decision.Committed);
        Assert.Null(decision.CancelledAt);
    }

    [Fact]
    public void Closing_releases_the_unpaid_rest()
    {
        var decision = InPayment();
        Assert.Equal(1680m, decision.TotalPaid);

        decision.Close(Now.AddDays(200));

        // Committed 10 080 → what was paid, 1 680; the other 8 400 € are free again.
        Assert.Equal(Status.Closed, decision.Status);
        Assert.Equal(1680m, decision.Committed);
        Assert.Equal(Now.AddDays(200), decision.ClosedAt);
        Assert.Equal(0m, decision.Remaining);
    }

    [Fact]
    public void Closing_after_an_early_end_keeps_what_was_paid()
    {
        var decision = InState(Status.EndedEarly);

        decision.Close(Now.AddDays(200));

        // Nothing was paid before the early end, so nothing stays committed.
        Assert.Equal(0m, decision.Committed);
    }

    [Fact]
    public void The_employment_is_rebuilt_from_the_decisions_fields()
    {
        var decision = NewDraft(Details(end: new DateOnly(2026, 12, 31)));

        Assert.Equal(new KuntalisaEmployment(Start, new DateOnly(2026, 12, 31), 37.5m, 2400m, 0m), decision.Employment);
    }
}
