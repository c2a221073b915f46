using Tyollisyys.Domain.WorkTrials;
using Xunit;
using static Tyollisyys.Domain.Tests.WorkTrials.WorkTrialFixtures;

namespace Tyollisyys.Domain.Tests.WorkTrials;

/// <summary>
/// The standard trial starts on Monday 2.3.2026; its follow-up weeks are 2.–8.3., 9.–15.3., 16.–22.3. and 23.–29.3.
/// Expected events: start meeting 2.3. + 3 = 5.3.; mid-point 2.3. + (29.5. − 2.3. = 88 days) / 2 = 2.3. + 44 = 15.4.;
/// end review 29.5. + 7 = 5.6.2026.
/// </summary>
public sealed class FollowUpTests
{
    private static readonly DateOnly AfterFourWeeks = new(2026, 3, 30);

    private static void Log(WorkTrialAgreement trial, int month, int day, WorkTrialContactKind kind = WorkTrialContactKind.Regular) =>
        trial.LogContact(new DateOnly(2026, month, day), ContactChannel.Phone, "Työnhakija", null, kind);

    /// <summary>Two contacts in weeks 1, 3 and 4, one in week 2 (10.3.).</summary>
    private static WorkTrialAgreement OneShortInWeekTwo()
    {
        var trial = Ongoing();
        Log(trial, 3, 3);
        Log(trial, 3, 6);
        Log(trial, 3, 10);
        Log(trial, 3, 17);
        Log(trial, 3, 22);
        Log(trial, 3, 23);
        Log(trial, 3, 29);
        return trial;
    }

    [Fact]
    public void One_contact_in_week_two_makes_one_missed_week_item()
    {
        var items = FollowUp.DueItems(OneShortInWeekTwo(), FollowUpRule.Default, AfterFourWeeks);

        Assert.Equal([new MissedContactWeek(2, new DateOnly(2026, 3, 9), new DateOnly(2026, 3, 15), 1, 2)], items.MissedWeeks);
        Assert.True(items.HasWork);
    }

    [Fact]
    public void A_second_contact_in_week_two_clears_the_item()
    {
        var trial = OneShortInWeekTwo();
        Log(trial, 3, 15);

        Assert.Empty(FollowUp.DueItems(trial, FollowUpRule.Default, AfterFourWeeks).MissedWeeks);
    }

    [Fact]
    public void A_week_is_not_missed_before_it_has_ended()
    {
        var trial = Ongoing();
        Log(trial, 3, 3);
        Log(trial, 3, 4);

        // On Sunday 15.3. week 2 (9.–15.3.) is still running; week 1 had its two contacts.
        Assert.Empty(FollowUp.DueItems(trial, FollowUpRule.Default, new DateOnly(2026, 3, 15)).MissedWeeks);

        // On Monday 16.3. week 2 has ended with no contacts.
        Assert.Equal(
            [new MissedContactWeek(2, new DateOnly(2026, 3, 9), new DateOnly(2026, 3, 15), 0, 2)],
            FollowUp.DueItems(trial, FollowUpRule.Default, new DateOnly(2026, 3, 16)).MissedWeeks);
    }

    [Fact]
    public void Only_the_rules_first_weeks_are_checked()
    {
        var trial = Ongoing();

        // No contacts at all; on 30.4. weeks 1–4 are missed, week 5 (30.3.–5.4.) is outside the rule.
        var items = FollowUp.DueItems(trial, FollowUpRule.Default, new DateOnly(2026, 4, 30));
        Assert.Equal([1, 2, 3, 4], items.MissedWeeks.Select(w => w.Week));

        // An admin rule of 3 a week for 2 weeks: weeks 1 and 2, 3 required.
        var strict = FollowUp.DueItems(trial, new FollowUpRule(3, 2), new DateOnly(2026, 4, 30));
        Assert.Equal([(1, 3), (2, 3)], strict.MissedWeeks.Select(w => (w.Week, w.Required)));
    }

    [Fact]
    public void A_rule_of_zero_contacts_turns_the_weekly_check_off_and_a_rule_out_of_range_is_refused()
    {
        Assert.Empty(FollowUp.DueItems(Ongoing(), new FollowUpRule(0, 4), AfterFourWeeks).MissedWeeks);

        AssertRefused("WorkTrials.FollowUp.InvalidRule", () => FollowUp.DueItems(Ongoing(), new FollowUpRule(8, 4), AfterFourWeeks));
        AssertRefused("WorkTrials.FollowUp.InvalidRule", () => FollowUp.DueItems(Ongoing(), new FollowUpRule(2, 27), AfterFourWeeks));
        AssertRefused("WorkTrials.FollowUp.InvalidRule", () => new FollowUpRule(-1, 4).Validate());
    }

    [Fact]
    public void An_interrupted_trial_is_checked_only_for_its_whole_weeks()
    {
        var trial = Ongoing();
        trial.Interrupt(new DateOnly(2026, 3, 12), "Sairastuminen.");

        // Week 1 (2.–8.3.) ended within the trial; week 2 (9.–15.3.) was cut short on 12.3.
        Assert.Equal([1], FollowUp.DueItems(trial, FollowUpRule.Default, AfterFourWeeks).MissedWeeks.Select(w => w.Week));
    }

    [Fact]
    public void The_expected_events_have_their_due_dates()
    {
        var items = FollowUp.DueItems(Ongoing(), FollowUpRule.Default, new DateOnly(2026, 3, 5));

        Assert.Equal(
            [
                new ExpectedEvent(ExpectedEventKind.StartMeeting, new DateOnly(2026, 3, 5), ExpectedEventStatus.Upcoming, null),
                new ExpectedEvent(ExpectedEventKind.MidpointVisit, new DateOnly(2026, 4, 15), ExpectedEventStatus.Upcoming, null),
                new ExpectedEvent(ExpectedEventKind.EndReview, new DateOnly(2026, 6, 5), ExpectedEventStatus.Upcoming, null),
            ],
            items.Events);
        Assert.False(items.HasWork);
    }

    [Fact]
    public void An_event_past_its_due_date_is_overdue_until_a_contact_of_its_kind_meets_it()
    {
        var trial = Ongoing();
        Log(trial, 3, 3);
        Log(trial, 3, 4);
        Log(trial, 3, 5, WorkTrialContactKind.MidpointVisit); // the wrong kind meets only the mid-point visit

        var before = FollowUp.DueItems(trial, FollowUpRule.Default, new DateOnly(2026, 3, 6));
        Assert.Equal(ExpectedEventStatus.Overdue, before.Events[0].Status);
        Assert.True(before.HasWork);

        Log(trial, 3, 6, WorkTrialContactKind.StartMeeting);
        var after = FollowUp.DueItems(trial, FollowUpRule.Default, new DateOnly(2026, 3, 6));
        Assert.Equal(new ExpectedEvent(ExpectedEventKind.StartMeeting, new DateOnly(2026, 3, 5), ExpectedEventStatus.Met, new DateOnly(2026, 3, 6)), after.Events[0]);
        Assert.Equal(new DateOnly(2026, 3, 5), after.Events[1].MetOn);
        Assert.False(after.HasWork);
    }

    [Fact]
    public void The_end_review_is_met_after_completion()
    {
        var trial = InState(WorkTrialStatus.Completed);
        trial.LogContact(new DateOnly(2026, 6, 3), ContactChannel.Meeting, "Työnhakija ja ohjaaja", null, WorkTrialContactKind.EndReview);

        var review = FollowUp.DueItems(trial, FollowUpRule.Default, new DateOnly(2026, 6, 10)).Events.Single(e => e.Kind == ExpectedEventKind.EndReview);

        Assert.Equal(ExpectedEventStatus.Met, review.Status);
        Assert.Equal(new DateOnly(2026, 6, 5), review.DueDate);
    }

    [Fact]
    public void An_interruption_before_the_mid_point_drops_the_visit_and_brings_the_end_review_forward()
    {
        var trial = Ongoing();
        trial.Interrupt(new DateOnly(2026, 4, 10), "Työpaikan vaihto.");

        var events = FollowUp.DueItems(trial, FollowUpRule.Default, AfterFourWeeks).Events;

        // Mid-point 15.4. lies after the last day 10.4.; end review 10.4. + 7 = 17.4.
        Assert.Equal([ExpectedEventKind.StartMeeting, ExpectedEventKind.EndReview], events.Select(e => e.Kind));
        Assert.Equal(new DateOnly(2026, 4, 17), events[1].DueDate);
    }

    [Fact]
    public void A_draft_has_no_follow_up_and_a_signed_trial_only_its_planned_events()
    {
        var draft = FollowUp.DueItems(NewDraft(), FollowUpRule.Default, AfterFourWeeks);
        Assert.Empty(draft.MissedWeeks);
        Assert.Empty(draft.Events);

        var signed = FollowUp.DueItems(Signed(), FollowUpRule.Default, new DateOnly(2026, 2, 25));
        Assert.Empty(signed.MissedWeeks);
        Assert.Equal(3, signed.Events.Count);
    }

    [Fact]
    public void A_trial_interrupted_before_it_began_has_no_follow_up()
    {
        var trial = Signed();
        trial.Interrupt(new DateOnly(2026, 2, 27), "Sai työpaikan.");

        var items = FollowUp.DueItems(trial, FollowUpRule.Default, AfterFourWeeks);

        Assert.Empty(items.MissedWeeks);
        Assert.Empty(items.Events);
    }
}
