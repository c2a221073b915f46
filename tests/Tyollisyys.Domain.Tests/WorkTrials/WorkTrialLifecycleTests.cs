using Tyollisyys.Domain.Employers;
using Tyollisyys.Domain.WorkTrials;
using Xunit;
using static Tyollisyys.Domain.Tests.WorkTrials.WorkTrialFixtures;
using Action = Tyollisyys.Domain.WorkTrials.WorkTrialAction;
using Status = Tyollisyys.Domain.WorkTrials.WorkTrialStatus;

namespace Tyollisyys.Domain.Tests.WorkTrials;

public sealed class WorkTrialLifecycleTests
{
    /// <summary>The (status, action) pairs the lifecycle allows; everything else is an illegal transition.</summary>
    private static readonly HashSet<(Status, Action)> Legal =
    [
        (Status.Draft, Action.UpdateDraft),
        (Status.Draft, Action.Sign),
        (Status.Signed, Action.Start),
        (Status.Signed, Action.Interrupt),
        (Status.Signed, Action.LogContact),
        (Status.Ongoing, Action.Complete),
        (Status.Ongoing, Action.Interrupt),
        (Status.Ongoing, Action.LogContact),
        (Status.Ongoing, Action.RecordAttendance),
        (Status.Ongoing, Action.RecordFeedback),
        (Status.Completed, Action.LogContact),
        (Status.Completed, Action.RecordAttendance),
        (Status.Completed, Action.RecordFeedback),
        (Status.Interrupted, Action.ContinueAfterInterruption),
        (Status.Interrupted, Action.LogContact),
        (Status.Interrupted, Action.RecordAttendance),
        (Status.Interrupted, Action.RecordFeedback),
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
                    // Starting a draft has its own refusal (NotSigned), tested with the signing rule.
                    if (!Legal.Contains((status, action)) && (status, action) != (Status.Draft, Action.Start))
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
    public void The_illegal_pairs_are_all_the_pairs_but_the_legal_ones_and_starting_a_draft()
    {
        // 5 statuses × 9 actions = 45 pairs; 17 legal; 1 with its own refusal → 27 illegal.
        Assert.Equal(27, IllegalPairs.Count);
    }

    [Theory]
    [MemberData(nameof(IllegalPairs))]
    public void Every_illegal_transition_is_refused_naming_the_status_and_the_action_and_changes_nothing(Status status, Action action)
    {
        var trial = InState(status);
        var end = trial.EffectiveEnd;
        var contacts = trial.Contacts.Count;

        var refusal = AssertRefused("WorkTrials.Agreement.IllegalTransition", () => Perform(trial, action));

        Assert.Equal([status, action], refusal.Arguments);
        Assert.Equal(status, trial.Status);
        Assert.Equal(end, trial.EffectiveEnd);
        Assert.Equal(contacts, trial.Contacts.Count);
        Assert.Empty(trial.Attendance);
        Assert.Null(trial.Feedback);
    }

    [Theory]
    [MemberData(nameof(LegalPairs))]
    public void Every_legal_transition_is_accepted(Status status, Action action)
    {
        var trial = InState(status);

        Perform(trial, action);
    }

    [Fact]
    public void The_third_signature_makes_the_draft_signed_and_not_before()
    {
        var trial = NewDraft();

        trial.Sign(WorkTrialParty.Organiser, new DateOnly(2026, 2, 18));
        Assert.Equal(Status.Draft, trial.Status);
        trial.Sign(WorkTrialParty.JobSeeker, new DateOnly(2026, 2, 19));
        Assert.Equal(Status.Draft, trial.Status);
        trial.Sign(WorkTrialParty.Counsellor, new DateOnly(2026, 2, 20));

        Assert.Equal(Status.Signed, trial.Status);
        Assert.Equal(new DateOnly(2026, 2, 19), trial.JobSeekerSignedOn);
        Assert.Equal(new DateOnly(2026, 2, 20), trial.CounsellorSignedOn);
        Assert.Equal(new DateOnly(2026, 2, 18), trial.OrganiserSignedOn);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public void A_trial_cannot_start_before_all_three_have_signed(int signatures)
    {
        var trial = NewDraft();
        foreach (var party in Enum.GetValues<WorkTrialParty>().Take(signatures))
        {
            trial.Sign(party, SignedOn);
        }

        var refusal = AssertRefused("WorkTrials.Agreement.NotSigned", () => trial.Start(Start));

        Assert.Equal([3 - signatures], refusal.Arguments);
        Assert.Equal(Status.Draft, trial.Status);
        Assert.Null(trial.StartedOn);
    }

    [Fact]
    public void A_party_signs_only_once()
    {
        var trial = NewDraft();
        trial.Sign(WorkTrialParty.JobSeeker, SignedOn);

        var refusal = AssertRefused("WorkTrials.Agreement.AlreadySigned", () => trial.Sign(WorkTrialParty.JobSeeker, SignedOn.AddDays(1)));

        Assert.Equal([WorkTrialParty.JobSeeker, SignedOn], refusal.Arguments);
        Assert.Equal(SignedOn, trial.JobSeekerSignedOn);
    }

    [Fact]
    public void The_agreement_may_be_signed_on_the_start_date_but_not_after_it()
    {
        var trial = NewDraft();
        trial.Sign(WorkTrialParty.JobSeeker, Start);

        var refusal = AssertRefused("WorkTrials.Agreement.SignedAfterStart", () => trial.Sign(WorkTrialParty.Organiser, new DateOnly(2026, 3, 3)));

        Assert.Equal([new DateOnly(2026, 3, 3), Start], refusal.Arguments);
        Assert.Null(trial.OrganiserSignedOn);
    }

    [Fact]
    public void A_signed_trial_cannot_start_before_its_start_date()
    {
        var trial = Signed();

        var refusal = AssertRefused("WorkTrials.Agreement.StartBeforeStartDate", () => trial.Start(new DateOnly(2026, 3, 1)));

        Assert.Equal([new DateOnly(2026, 3, 1), Start], refusal.Arguments);
        Assert.Equal(Status.Signed, trial.Status);
    }

    [Fact]
    public void A_signed_trial_starts_on_its_start_date_or_later_but_not_after_its_end_date()
    {
        var onTime = Signed();
        onTime.Start(Start);
        Assert.Equal(Status.Ongoing, onTime.Status);
        Assert.Equal(Start, onTime.StartedOn);

        var late = Signed();
        late.Start(new DateOnly(2026, 3, 4));
        Assert.Equal(new DateOnly(2026, 3, 4), late.StartedOn);

        var tooLate = Signed();
        AssertRefused("WorkTrials.Agreement.StartAfterEndDate", () => tooLate.Start(new DateOnly(2026, 5, 30)));
        Assert.Equal(Status.Signed, tooLate.Status);
    }

    [Fact]
    public void Completing_records_the_outcome_the_summary_and_the_last_day()
    {
        var trial = Ongoing();

        trial.Complete(WorkTrialOutcome.VocationalStudies, End, "  Hakee logistiikka-alan koulutukseen.  ");

        Assert.Equal(Status.Completed, trial.Status);
        Assert.Equal(WorkTrialOutcome.VocationalStudies, trial.Outcome);
        Assert.Equal("Hakee logistiikka-alan koulutukseen.", trial.ClosingSummary);
        Assert.Equal(End, trial.CompletedOn);
        Assert.Equal(End, trial.EffectiveEnd);
    }

    [Fact]
    public void Completing_before_the_end_date_ends_the_trial_that_day_and_after_it_keeps_the_end_date()
    {
        var early = Ongoing();
        early.Complete(WorkTrialOutcome.HiredByOrganiser, new DateOnly(2026, 4, 30), "Palkattiin.");
        Assert.Equal(new DateOnly(2026, 4, 30), early.EffectiveEnd);

        var afterEnd = Ongoing();
        afterEnd.Complete(WorkTrialOutcome.None, new DateOnly(2026, 6, 5), "Loppuarvio pidetty.");
        Assert.Equal(End, afterEnd.EffectiveEnd);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Completing_requires_the_closing_summary(string summary)
    {
        var trial = Ongoing();

        AssertRefused("WorkTrials.Agreement.ClosingSummaryRequired", () => trial.Complete(WorkTrialOutcome.None, End, summary));

        Assert.Equal(Status.Ongoing, trial.Status);
        Assert.Null(trial.Outcome);
    }

    [Fact]
    public void A_trial_cannot_end_before_the_day_it_started()
    {
        var trial = Signed();
        trial.Start(new DateOnly(2026, 3, 4));

        var completing = AssertRefused("WorkTrials.Agreement.EndBeforeStarted", () => trial.Complete(WorkTrialOutcome.None, new DateOnly(2026, 3, 3), "x"));
        Assert.Equal([new DateOnly(2026, 3, 3), new DateOnly(2026, 3, 4)], completing.Arguments);
        AssertRefused("WorkTrials.Agreement.EndBeforeStarted", () => trial.Interrupt(new DateOnly(2026, 3, 3), "x"));

        Assert.Equal(Status.Ongoing, trial.Status);
    }

    [Fact]
    public void Interrupting_an_ongoing_trial_shortens_it_to_the_last_day()
    {
        var trial = Ongoing();

        trial.Interrupt(new DateOnly(2026, 4, 10), " Työtehtävät eivät sopineet. ");

        Assert.Equal(Status.Interrupted, trial.Status);
        Assert.Equal(new DateOnly(2026, 4, 10), trial.InterruptedOn);
        Assert.Equal("Työtehtävät eivät sopineet.", trial.InterruptionReason);
        Assert.Equal(new DateOnly(2026, 4, 10), trial.EffectiveEnd);
        // 2.3.–10.4.2026: 30 days of March + 10 of April = 40 days.
        Assert.Equal(40, trial.Period.Days);
        Assert.Null(trial.Outcome);
    }

    [Fact]
    public void A_signed_trial_interrupted_before_its_start_counts_no_days()
    {
        var trial = Signed();

        trial.Interrupt(new DateOnly(2026, 2, 27), "Työnhakija sai työpaikan.");

        Assert.Equal(Status.Interrupted, trial.Status);
        Assert.Equal(0, trial.Period.Days);
    }

    [Fact]
    public void An_interruption_needs_a_reason_and_a_day_not_after_the_end_date()
    {
        var trial = Ongoing();

        AssertRefused("WorkTrials.Agreement.InterruptionReasonRequired", () => trial.Interrupt(new DateOnly(2026, 4, 10), " "));
        var refusal = AssertRefused("WorkTrials.Agreement.InterruptionAfterEndDate", () => trial.Interrupt(new DateOnly(2026, 5, 30), "Syy."));

        Assert.Equal([new DateOnly(2026, 5, 30), End], refusal.Arguments);
        Assert.Equal(Status.Ongoing, trial.Status);
        trial.Interrupt(End, "Viimeisenä päivänä.");
        Assert.Equal(End, trial.EffectiveEnd);
    }

    [Fact]
    public void An_interrupted_trial_continues_as_a_linked_draft_for_the_same_person_and_goal()
    {
        var first = Saved(NewDraft(goal: WorkTrialGoal.ReturnToWork), 17);
        foreach (var party in Enum.GetValues<WorkTrialParty>())
        {
            first.Sign(party, SignedOn);
        }

        first.Start(Start);
        first.Interrupt(new DateOnly(2026, 4, 10), "Työpaikan vaihto.");

        var next = first.ContinueAfterInterruption(OtherOrganiserId, EmployerType.Foundation, Details(start: new DateOnly(2026, 4, 13), end: new DateOnly(2026, 6, 30), tasks: "Kahvilatyö"));

        Assert.Equal(Status.Draft, next.Status);
        Assert.Equal(17, next.ContinuesTrialId);
        Assert.Equal(JobSeekerId, next.JobSeekerId);
        Assert.Equal(WorkTrialGoal.ReturnToWork, next.Goal);
        Assert.Equal(OtherOrganiserId, next.OrganiserId);
        Assert.Equal("Kahvilatyö", next.Tasks);
        Assert.Equal(new DateOnly(2026, 4, 13), next.StartDate);
        Assert.Null(next.JobSeekerSignedOn);
        Assert.Null(first.ContinuesTrialId);
        Assert.Equal(Status.Interrupted, first.Status);
    }

    [Fact]
    public void A_continuation_starts_after_the_interrupted_trials_last_day()
    {
        var first = InState(Status.Interrupted); // interrupted on 10.4.2026

        var refusal = AssertRefused(
            "WorkTrials.Agreement.ContinuationStartsTooEarly",
            () => first.ContinueAfterInterruption(OtherOrganiserId, EmployerType.Company, Details(start: new DateOnly(2026, 4, 10), end: new DateOnly(2026, 6, 30))));

        Assert.Equal([new DateOnly(2026, 4, 10), new DateOnly(2026, 4, 10)], refusal.Arguments);
        Assert.Equal(new DateOnly(2026, 4, 11), first.ContinueAfterInterruption(OtherOrganiserId, EmployerType.Company, Details(start: new DateOnly(2026, 4, 11), end: new DateOnly(2026, 6, 30))).StartDate);
    }

    [Fact]
    public void A_continuation_checks_its_organiser_like_any_draft()
    {
        var first = InState(Status.Interrupted);

        AssertRefused(
            "WorkTrials.Agreement.OrganiserNotAllowed",
            () => first.ContinueAfterInterruption(OtherOrganiserId, EmployerType.PrivatePerson, Details(start: new DateOnly(2026, 4, 13), end: new DateOnly(2026, 6, 30))));
    }

    [Fact]
    public void An_unsaved_interrupted_trial_cannot_be_continued_for_want_of_an_id_to_link()
    {
        var first = Ongoing();
        first.Interrupt(new DateOnly(2026, 4, 10), "Työpaikan vaihto.");

        Assert.Throws<InvalidOperationException>(() => first.ContinueAfterInterruption(OtherOrganiserId, EmployerType.Company, Details(start: new DateOnly(2026, 4, 13), end: new DateOnly(2026, 6, 30))));
    }

    [Theory]
    [InlineData(WorkTrialOutcome.HiredByOrganiser, true)]
    [InlineData(WorkTrialOutcome.OtherOpenMarketJob, true)]
    [InlineData(WorkTrialOutcome.VocationalStudies, true)]
    [InlineData(WorkTrialOutcome.OtherService, false)]
    [InlineData(WorkTrialOutcome.None, false)]
    public void The_open_labour_market_and_studies_are_positive_placements(WorkTrialOutcome outcome, bool positive) =>
        Assert.Equal(positive, outcome.IsPositivePlacement());
}
