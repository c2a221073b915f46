using Tyollisyys.Domain.WorkTrials;
using Xunit;
using static Tyollisyys.Domain.Tests.WorkTrials.WorkTrialFixtures;

namespace Tyollisyys.Domain.Tests.WorkTrials;

public sealed class WorkTrialLimitsTests
{
    private static WorkTrialPeriod P(int organiser, int y1, int m1, int d1, int y2, int m2, int d2) =>
        new(organiser, new DateOnly(y1, m1, d1), new DateOnly(y2, m2, d2));

    [Fact]
    public void Exactly_six_months_with_one_organiser_are_accepted()
    {
        // 1.1.–30.6.2026 = 31 + 28 + 31 + 30 + 31 + 30 = 181 days; 1.7. − 1.1. = 181 days allowed.
        WorkTrialLimits.Check(P(31, 2026, 1, 1, 2026, 6, 30), []);
        Assert.Equal(181, WorkTrialLimits.AllowedDays(new DateOnly(2026, 1, 1), 6));
    }

    [Fact]
    public void Six_months_and_one_day_with_one_organiser_are_refused_naming_the_days()
    {
        // 1.1.–1.7.2026 = 182 days > 181.
        var refusal = AssertRefused("WorkTrials.Limits.OrganiserMonthsExceeded", () => WorkTrialLimits.Check(P(31, 2026, 1, 1, 2026, 7, 1), []));

        Assert.Equal([182, 0, 182, 181, 6, new DateOnly(2026, 1, 1)], refusal.Arguments);
    }

    [Fact]
    public void The_six_months_are_summed_over_all_the_persons_trials_with_the_organiser()
    {
        // Earlier 1.1.–31.3.2026 = 31 + 28 + 31 = 90 days; 6 months from 1.1. allow 181, so 91 remain.
        var earlier = P(31, 2026, 1, 1, 2026, 3, 31);

        // 1.5.–30.7. = 31 + 30 + 30 = 91 days: 181 in all, accepted.
        WorkTrialLimits.Check(P(31, 2026, 5, 1, 2026, 7, 30), [earlier]);

        // 1.5.–31.7. = 92 days: 182 in all, refused.
        var refusal = AssertRefused("WorkTrials.Limits.OrganiserMonthsExceeded", () => WorkTrialLimits.Check(P(31, 2026, 5, 1, 2026, 7, 31), [earlier]));
        Assert.Equal([182, 90, 92, 181, 6, new DateOnly(2026, 1, 1)], refusal.Arguments);
    }

    [Fact]
    public void Trials_with_other_organisers_do_not_count_against_the_organisers_six_months()
    {
        // 90 days with organiser 32, then 181 days with 31: each within its own 6 months, 271 in all.
        WorkTrialLimits.Check(P(31, 2026, 4, 1, 2026, 9, 28), [P(32, 2026, 1, 1, 2026, 3, 31)]);
    }

    [Fact]
    public void Twelve_months_in_total_across_organisers_are_accepted_and_one_more_day_is_refused()
    {
        // 31: 1.1.–30.6.2025 = 181 days (6 months from 1.1. = 181: fits).
        // 32: 1.7.–31.12.2025 = 31 + 31 + 30 + 31 + 30 + 31 = 184 days (6 months from 1.7. = 184: fits).
        // In all 365 days; 12 months from 1.1.2025 = 365 days: fits.
        var first = P(31, 2025, 1, 1, 2025, 6, 30);
        var second = P(32, 2025, 7, 1, 2025, 12, 31);
        WorkTrialLimits.Check(second, [first]);

        // A third organiser's single day 1.1.2026 makes 366 > 365.
        var refusal = AssertRefused("WorkTrials.Limits.TotalMonthsExceeded", () => WorkTrialLimits.Check(P(33, 2026, 1, 1, 2026, 1, 1), [first, second]));
        Assert.Equal([366, 365, 1, 365, 12, new DateOnly(2025, 1, 1)], refusal.Arguments);
    }

    [Fact]
    public void Overlapping_trials_of_one_person_are_refused_naming_the_other_trial()
    {
        var other = P(32, 2026, 3, 1, 2026, 3, 31);

        var refusal = AssertRefused("WorkTrials.Limits.Overlap", () => WorkTrialLimits.Check(P(31, 2026, 3, 31, 2026, 4, 30), [other]));
        Assert.Equal([new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 31)], refusal.Arguments);

        AssertRefused("WorkTrials.Limits.Overlap", () => WorkTrialLimits.Check(P(31, 2026, 2, 1, 2026, 3, 1), [other]));
        AssertRefused("WorkTrials.Limits.Overlap", () => WorkTrialLimits.Check(P(31, 2026, 3, 10, 2026, 3, 12), [other]));
    }

    [Fact]
    public void A_trial_starting_the_day_after_another_ends_does_not_overlap() =>
        WorkTrialLimits.Check(P(31, 2026, 4, 1, 2026, 4, 30), [P(32, 2026, 3, 1, 2026, 3, 31)]);

    [Fact]
    public void An_interruption_frees_the_rest_of_the_trial_for_a_continuation()
    {
        var interrupted = Saved(Ongoing(), 17);
        interrupted.Interrupt(new DateOnly(2026, 4, 10), "Työpaikan vaihto.");
        var next = interrupted.ContinueAfterInterruption(OtherOrganiserId, Tyollisyys.Domain.Employers.EmployerType.Company, Details(start: new DateOnly(2026, 4, 13), end: new DateOnly(2026, 5, 29)));

        // The planned end 29.5. would overlap; the effective end 10.4. does not.
        WorkTrialLimits.Check(next, [interrupted, next]);
    }

    [Fact]
    public void A_trial_interrupted_before_it_began_neither_overlaps_nor_counts()
    {
        var never = Signed();
        never.Interrupt(new DateOnly(2026, 2, 27), "Sai työpaikan.");

        // 2.3.–29.5.2026 again with the same organiser: the first counts 0 days.
        WorkTrialLimits.Check(NewDraft(), [never]);
    }

    [Fact]
    public void Checking_an_agreement_leaves_the_agreement_itself_out_of_the_persons_trials()
    {
        var trial = Saved(NewDraft(), 5);
        var sameRowLoadedAgain = Saved(NewDraft(), 5);

        WorkTrialLimits.Check(trial, [trial, sameRowLoadedAgain]);
        AssertRefused("WorkTrials.Limits.Overlap", () => WorkTrialLimits.Check(trial, [Saved(NewDraft(), 6)]));
    }

    [Fact]
    public void Drafts_count_against_the_limits()
    {
        var draft = NewDraft(Details(start: new DateOnly(2026, 1, 1), end: new DateOnly(2026, 4, 30)));

        // Draft 1.1.–30.4.2026 = 120 days; 1.5.–30.6. = 61 days → 181, fits; to 1.7. → 182, refused.
        WorkTrialLimits.Check(NewDraft(Details(start: new DateOnly(2026, 5, 1), end: new DateOnly(2026, 6, 30))), [draft]);
        AssertRefused(
            "WorkTrials.Limits.OrganiserMonthsExceeded",
            () => WorkTrialLimits.Check(NewDraft(Details(start: new DateOnly(2026, 5, 1), end: new DateOnly(2026, 7, 1))), [draft]));
    }
}
