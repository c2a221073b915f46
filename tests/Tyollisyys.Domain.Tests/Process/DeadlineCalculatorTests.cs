using Tyollisyys.Domain.Common;
using Tyollisyys.Domain.Process;
using Xunit;

namespace Tyollisyys.Domain.Tests.Process;

// Due dates below are counted by hand from the calendar, not by the code under test.
public sealed class DeadlineCalculatorTests
{
    private static readonly IReadOnlyList<ProcessRuleSet> Rules = ProcessRuleSets.Default;

    [Fact]
    public void Under_the_2025_rules_the_initial_interview_is_due_in_5_working_days_and_7_supplementary_conversations_are_scheduled()
    {
        // Monday 3.3.2025: 4, 5, 6, 7 and 10 March are the five working days.
        var history = new ProcessHistory(new DateOnly(2025, 3, 3));

        // The horizon is 3.6.2025, 90 days after today.
        var items = DeadlineCalculator.DueItems(Rules, history, today: new DateOnly(2025, 3, 5));

        Assert.Equal(new DateOnly(2025, 3, 10), Single(items, DueItemKind.InitialInterview).DueDate);
        Assert.Equal("2025", Single(items, DueItemKind.InitialInterview).RuleSet);
        Assert.Equal(new DateOnly(2025, 3, 10), Single(items, DueItemKind.EmploymentPlan).DueDate);
        // Five spread over 3.3–3.6.2025 (92 days: +18, +36, +55, +73, +92); the two later ones
        // (18.9 and 3.10.2025) lie beyond the 90-day horizon.
        Assert.Equal(
            [new(2025, 3, 21), new(2025, 4, 8), new(2025, 4, 27), new(2025, 5, 15), new(2025, 6, 3)],
            DueDates(items, DueItemKind.SupplementaryConversation));
        Assert.Equal([new(2025, 6, 3)], DueDates(items, DueItemKind.JobSearchConversation));
    }

    [Fact]
    public void The_two_later_supplementary_conversations_fall_in_the_month_after_six_months()
    {
        var history = new ProcessHistory(new DateOnly(2025, 3, 3));

        var items = DeadlineCalculator.DueItems(Rules, history, today: new DateOnly(2025, 8, 1));

        var later = items.Where(i => i.Kind == DueItemKind.SupplementaryConversation && i.Ordinal > 5).ToList();
        Assert.Equal([6, 7], later.Select(i => i.Ordinal ?? 0));
        // 3.9–3.10.2025 is 30 days: +15 and +30.
        Assert.Equal([new DateOnly(2025, 9, 18), new DateOnly(2025, 10, 3)], later.Select(i => i.DueDate));
    }

    [Fact]
    public void Under_the_2026_rules_the_initial_interview_is_due_in_10_working_days_and_no_supplementary_conversations_are_scheduled()
    {
        // Monday 2.3.2026: 3–6 (4), 9–13 (9), 16 March (10).
        var history = new ProcessHistory(new DateOnly(2026, 3, 2));

        // The horizon is 2.6.2026, 90 days after today.
        var items = DeadlineCalculator.DueItems(Rules, history, today: new DateOnly(2026, 3, 4));

        var interview = Single(items, DueItemKind.InitialInterview);
        Assert.Equal(new DateOnly(2026, 3, 16), interview.DueDate);
        Assert.Equal("2026", interview.RuleSet);
        Assert.Equal(DueItemStatus.DueSoon, interview.Status);
        Assert.Empty(DueDates(items, DueItemKind.SupplementaryConversation));
        Assert.Equal([new(2026, 6, 2)], DueDates(items, DueItemKind.JobSearchConversation));
    }

    [Fact]
    public void Under_the_2026_rules_the_initial_interview_skips_Easter()
    {
        // Tuesday 31.3.2026: 1.4 (1), 2.4 (2), Good Friday, weekend, Easter Monday, 7–10.4 (6), 13–16.4 (10).
        var history = new ProcessHistory(new DateOnly(2026, 3, 31));

        var items = DeadlineCalculator.DueItems(Rules, history, today: new DateOnly(2026, 3, 31));

        Assert.Equal(new DateOnly(2026, 4, 16), Single(items, DueItemKind.InitialInterview).DueDate);
    }

    [Fact]
    public void A_spell_that_started_29_December_2025_has_its_initial_interview_under_the_2025_rules()
    {
        // 2025 set (in force on the start): 30.12 (1), 31.12 (2, a working day), 1.1 holiday, 2.1 (3),
        // weekend, 5.1 (4), 6.1 Epiphany, 7.1.2026 (5). The 2026 set would have given 14.1.2026.
        var history = new ProcessHistory(new DateOnly(2025, 12, 29));

        var items = DeadlineCalculator.DueItems(Rules, history, today: new DateOnly(2026, 1, 8));

        var interview = Single(items, DueItemKind.InitialInterview);
        Assert.Equal(new DateOnly(2026, 1, 7), interview.DueDate);
        Assert.Equal("2025", interview.RuleSet);
        Assert.Equal(DueItemStatus.Overdue, interview.Status);
        // Every scheduled supplementary conversation would fall in 2026, when they are held by need.
        Assert.Empty(DueDates(items, DueItemKind.SupplementaryConversation));
        // The job-search conversation is due in 2026 and uses the set in force then.
        var conversation = Single(items, DueItemKind.JobSearchConversation);
        Assert.Equal(new DateOnly(2026, 3, 29), conversation.DueDate);
        Assert.Equal("2026", conversation.RuleSet);
    }

    [Fact]
    public void Supplementary_conversations_falling_after_the_2026_rules_took_effect_are_dropped()
    {
        // 1.10.2025–1.1.2026 is 92 days: +18, +36, +55, +73 stay in 2025; +92 is 1.1.2026.
        var history = new ProcessHistory(new DateOnly(2025, 10, 1));

        var items = DeadlineCalculator.DueItems(Rules, history, today: new DateOnly(2025, 10, 1));

        Assert.Equal(
            [new(2025, 10, 19), new(2025, 11, 6), new(2025, 11, 25), new(2025, 12, 13)],
            DueDates(items, DueItemKind.SupplementaryConversation));
    }

    [Fact]
    public void The_nth_held_supplementary_conversation_meets_the_nth_due_one()
    {
        var history = new ProcessHistory(new DateOnly(2025, 3, 3))
        {
            SupplementaryConversationsHeldOn = [new DateOnly(2025, 4, 1), new DateOnly(2025, 3, 20)],
        };

        var items = DeadlineCalculator.DueItems(Rules, history, today: new DateOnly(2025, 4, 20));

        var conversations = items.Where(i => i.Kind == DueItemKind.SupplementaryConversation).ToList();
        Assert.Equal(
            [DueItemStatus.Met, DueItemStatus.Met, DueItemStatus.DueSoon, DueItemStatus.Upcoming, DueItemStatus.Upcoming],
            conversations.Select(i => i.Status));
        Assert.Equal(new DateOnly(2025, 3, 20), conversations[0].MetOn);
        Assert.Equal(new DateOnly(2025, 4, 1), conversations[1].MetOn);
    }

    [Fact]
    public void A_held_initial_interview_and_plan_are_met_and_the_first_conversation_counts_from_the_interview()
    {
        var history = new ProcessHistory(new DateOnly(2026, 3, 2))
        {
            InitialInterviewHeldOn = new DateOnly(2026, 3, 10),
            PlanMadeOn = new DateOnly(2026, 3, 10),
        };

        var items = DeadlineCalculator.DueItems(Rules, history, today: new DateOnly(2026, 3, 20));

        Assert.Equal(DueItemStatus.Met, Single(items, DueItemKind.InitialInterview).Status);
        var plan = Single(items, DueItemKind.EmploymentPlan);
        Assert.Equal(DueItemStatus.Met, plan.Status);
        // Due at the interview at the latest: the interview was held before its deadline.
        Assert.Equal(new DateOnly(2026, 3, 10), plan.DueDate);
        Assert.Equal([new(2026, 6, 10)], DueDates(items, DueItemKind.JobSearchConversation));
    }

    [Fact]
    public void A_plan_not_made_by_the_interview_deadline_is_overdue()
    {
        var history = new ProcessHistory(new DateOnly(2026, 3, 2)) { InitialInterviewHeldOn = new DateOnly(2026, 3, 20) };

        var items = DeadlineCalculator.DueItems(Rules, history, today: new DateOnly(2026, 3, 21));

        var plan = Single(items, DueItemKind.EmploymentPlan);
        Assert.Equal(new DateOnly(2026, 3, 16), plan.DueDate);
        Assert.Equal(DueItemStatus.Overdue, plan.Status);
    }

    [Fact]
    public void The_next_job_search_conversation_is_recomputed_from_the_latest_held_one()
    {
        var history = new ProcessHistory(new DateOnly(2026, 3, 2))
        {
            InitialInterviewHeldOn = new DateOnly(2026, 3, 10),
            JobSearchConversationsHeldOn = [new DateOnly(2026, 6, 1)],
        };

        var items = DeadlineCalculator.DueItems(Rules, history, today: new DateOnly(2026, 7, 1));

        var conversations = items.Where(i => i.Kind == DueItemKind.JobSearchConversation).ToList();
        Assert.Equal(2, conversations.Count);
        Assert.Equal((1, new DateOnly(2026, 6, 10), DueItemStatus.Met), (conversations[0].Ordinal, conversations[0].DueDate, conversations[0].Status));
        Assert.Equal(new DateOnly(2026, 6, 1), conversations[0].MetOn);
        // Held early on 1.6, so the next is due 1.9, not 10.9; 1.12 lies beyond the horizon (29.9).
        Assert.Equal((2, new DateOnly(2026, 9, 1), DueItemStatus.Upcoming), (conversations[1].Ordinal, conversations[1].DueDate, conversations[1].Status));
    }

    [Fact]
    public void Missed_job_search_conversations_stay_overdue_and_items_stop_90_days_ahead()
    {
        var history = new ProcessHistory(new DateOnly(2026, 3, 2));

        var items = DeadlineCalculator.DueItems(Rules, history, today: new DateOnly(2027, 3, 2));

        var conversations = items.Where(i => i.Kind == DueItemKind.JobSearchConversation).ToList();
        // 2.6.2027 is past the horizon 31.5.2027.
        Assert.Equal(
            [new DateOnly(2026, 6, 2), new DateOnly(2026, 9, 2), new DateOnly(2026, 12, 2), new DateOnly(2027, 3, 2)],
            conversations.Select(i => i.DueDate));
        Assert.Equal(
            [DueItemStatus.Overdue, DueItemStatus.Overdue, DueItemStatus.Overdue, DueItemStatus.DueSoon],
            conversations.Select(i => i.Status));
    }

    [Theory]
    [InlineData(2026, 3, 1, DueItemStatus.Upcoming)]   // due in 15 days
    [InlineData(2026, 3, 2, DueItemStatus.DueSoon)]    // due in 14 days
    [InlineData(2026, 3, 16, DueItemStatus.DueSoon)]   // due today
    [InlineData(2026, 3, 17, DueItemStatus.Overdue)]   // due yesterday
    public void Status_depends_on_how_far_the_due_date_is_from_today(int year, int month, int day, DueItemStatus expected)
    {
        var history = new ProcessHistory(new DateOnly(2026, 3, 2));

        var items = DeadlineCalculator.DueItems(Rules, history, new DateOnly(year, month, day));

        Assert.Equal(expected, Single(items, DueItemKind.InitialInterview).Status);
    }

    [Fact]
    public void TYP_screening_and_long_term_unemployment_come_from_the_job_seeker_facts()
    {
        var history = new ProcessHistory(new DateOnly(2025, 12, 1)) { BirthDate = new DateOnly(1990, 6, 15) };

        var before = DeadlineCalculator.DueItems(Rules, history, today: new DateOnly(2026, 11, 20));
        var after = DeadlineCalculator.DueItems(Rules, history, today: new DateOnly(2026, 12, 2));

        Assert.Equal((new DateOnly(2026, 12, 1), DueItemStatus.DueSoon), DateAndStatus(before, DueItemKind.TypScreening));
        Assert.Equal((new DateOnly(2026, 12, 1), DueItemStatus.DueSoon), DateAndStatus(before, DueItemKind.LongTermUnemploymentOnset));
        Assert.Equal(DueItemStatus.Overdue, Single(after, DueItemKind.TypScreening).Status);
        Assert.Equal(DueItemStatus.Reached, Single(after, DueItemKind.LongTermUnemploymentOnset).Status);
    }

    [Fact]
    public void TYP_screening_is_due_after_six_months_under_25_and_met_when_held()
    {
        var history = new ProcessHistory(new DateOnly(2026, 3, 1)) { BirthDate = new DateOnly(2003, 6, 15) };

        var due = DeadlineCalculator.DueItems(Rules, history, today: new DateOnly(2026, 8, 20));
        var met = DeadlineCalculator.DueItems(
            Rules, history with { TypScreeningHeldOn = new DateOnly(2026, 8, 25) }, today: new DateOnly(2026, 9, 2));

        Assert.Equal((new DateOnly(2026, 9, 1), DueItemStatus.DueSoon), DateAndStatus(due, DueItemKind.TypScreening));
        Assert.Equal(DueItemStatus.Met, Single(met, DueItemKind.TypScreening).Status);
    }

    [Fact]
    public void Without_a_birth_date_there_are_no_milestones()
    {
        var items = DeadlineCalculator.DueItems(Rules, new ProcessHistory(new DateOnly(2025, 12, 1)), new DateOnly(2026, 12, 2));

        Assert.DoesNotContain(items, i => i.Kind is DueItemKind.TypScreening or DueItemKind.LongTermUnemploymentOnset);
    }

    [Fact]
    public void Items_are_sorted_by_due_date()
    {
        var items = DeadlineCalculator.DueItems(Rules, new ProcessHistory(new DateOnly(2025, 3, 3)), new DateOnly(2025, 3, 3));

        Assert.Equal(items.Select(i => i.DueDate).Order(), items.Select(i => i.DueDate));
    }

    [Fact]
    public void A_job_search_begun_before_the_first_rule_set_asks_no_interview_and_counts_conversations_from_that_set()
    {
        // Transferred from the TE office: unemployed since 2.9.2024; the first set took effect 1.1.2025.
        var history = new ProcessHistory(new DateOnly(2024, 9, 2));

        var items = DeadlineCalculator.DueItems(Rules, history, today: new DateOnly(2025, 2, 3));

        Assert.DoesNotContain(items, i => i.Kind is DueItemKind.InitialInterview or DueItemKind.EmploymentPlan or DueItemKind.SupplementaryConversation);
        var first = items.First(i => i.Kind == DueItemKind.JobSearchConversation);
        Assert.Equal((new DateOnly(2025, 4, 1), DueItemStatus.Upcoming), (first.DueDate, first.Status));
    }

    [Fact]
    public void Without_any_rule_set_the_calculation_is_refused()
    {
        var error = Assert.Throws<DomainException>(
            () => DeadlineCalculator.DueItems([], new ProcessHistory(new DateOnly(2025, 3, 3)), new DateOnly(2025, 3, 5)));

        Assert.Equal("ProcessRules.NoneInForce", error.MessageKey);
    }

    [Fact]
    public void Each_plan_review_is_met_by_the_next_version_and_the_current_one_stays_open()
    {
        var history = new ProcessHistory(new DateOnly(2026, 1, 12))
        {
            PlanMadeOn = new DateOnly(2026, 1, 20),
            PlanVersions =
            [
                new PlanVersionDates(new DateOnly(2026, 4, 28), new DateOnly(2026, 7, 28)),
                new PlanVersionDates(new DateOnly(2026, 1, 20), new DateOnly(2026, 4, 20)),
            ],
        };

        var reviews = DeadlineCalculator.DueItems(Rules, history, today: new DateOnly(2026, 8, 3))
            .Where(i => i.Kind == DueItemKind.PlanReview).ToList();

        Assert.Equal(2, reviews.Count);
        Assert.Equal((new DateOnly(2026, 4, 20), DueItemStatus.Met, (DateOnly?)new DateOnly(2026, 4, 28)), (reviews[0].DueDate, reviews[0].Status, reviews[0].MetOn));
        Assert.Equal((new DateOnly(2026, 7, 28), DueItemStatus.Overdue), (reviews[1].DueDate, reviews[1].Status));
    }

    [Fact]
    public void Plan_actions_are_due_on_their_dates_and_met_when_done()
    {
        var history = new ProcessHistory(new DateOnly(2026, 1, 12))
        {
            PlanActions =
            [
                new PlanActionDeadline("Hae viittä työpaikkaa", new DateOnly(2026, 2, 1), CompletedOn: new DateOnly(2026, 1, 30)),
                new PlanActionDeadline("Ilmoittaudu kurssille", new DateOnly(2026, 2, 10), CompletedOn: null),
                new PlanActionDeadline("Päivitä CV", new DateOnly(2026, 2, 20), CompletedOn: null),
            ],
        };

        var actions = DeadlineCalculator.DueItems(Rules, history, today: new DateOnly(2026, 2, 12))
            .Where(i => i.Kind == DueItemKind.PlanAction).ToList();

        Assert.Equal(
            [("Hae viittä työpaikkaa", DueItemStatus.Met), ("Ilmoittaudu kurssille", DueItemStatus.Overdue), ("Päivitä CV", DueItemStatus.DueSoon)],
            actions.Select(a => (a.Subject!, a.Status)));
    }

    private static DueItem Single(IEnumerable<DueItem> items, DueItemKind kind) => Assert.Single(items, i => i.Kind == kind);

    private static (DateOnly, DueItemStatus) DateAndStatus(IEnumerable<DueItem> items, DueItemKind kind)
    {
        var item = Single(items, kind);
        return (item.DueDate, item.Status);
    }

    private static List<DateOnly> DueDates(IEnumerable<DueItem> items, DueItemKind kind) =>
        items.Where(i => i.Kind == kind).Select(i => i.DueDate).ToList();
}
