using Microsoft.EntityFrameworkCore;
using Tyollisyys.Domain.WorkTrials;
using Tyollisyys.Web.Data;
using Tyollisyys.Web.Tests.Support;
using Xunit;

namespace Tyollisyys.Web.Tests.WorkTrials;

/// <summary>The demo work trials (issue 6 item 9), as the template database has them.</summary>
public sealed class DemoWorkTrialsTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task The_demo_has_trials_in_every_state_for_kajaani_and_sotkamo_clients_within_the_limits()
    {
        await using var db = app.NewDbContext();
        var trials = await db.WorkTrials.AsNoTracking().Include(w => w.Contacts).Include(w => w.Attendance).AsSplitQuery().ToListAsync();
        var offices = await db.JobSeekers.Where(j => trials.Select(t => t.JobSeekerId).Contains(j.Id))
            .Join(db.Offices, j => j.OfficeId, o => o.Id, (j, o) => o.Name).Distinct().ToListAsync();

        Assert.Equal(Enum.GetValues<WorkTrialStatus>().Order(), trials.Select(t => t.Status).Distinct().Order());
        Assert.Equal([AdminSteps.KajaaniOffice, AdminSteps.SotkamoOffice], offices.Order(StringComparer.Ordinal));
        Assert.All(trials.Where(t => t.Status != WorkTrialStatus.Draft), t => Assert.NotEmpty(t.Contacts));
        Assert.All(trials.Where(t => t.Status == WorkTrialStatus.Ongoing), t => Assert.NotEmpty(t.Attendance));
        Assert.Contains(trials, t => t is { Status: WorkTrialStatus.Ongoing, OutsideCommutingArea: true });
        foreach (var trial in trials)
        {
            WorkTrialLimits.Check(trial, trials.Where(t => t.JobSeekerId == trial.JobSeekerId));
        }

        var rule = await db.FollowUpRuleAsync();
        Assert.Single(trials, t => FollowUp.DueItems(t, rule, TestClients.Today).MissedWeeks.Count > 0);
    }

    [Fact]
    public async Task Completed_demo_trials_have_feedback_a_summary_and_outcomes_both_positive_and_not()
    {
        await using var db = app.NewDbContext();
        var completed = await db.WorkTrials.AsNoTracking().Where(w => w.Status == WorkTrialStatus.Completed).ToListAsync();

        Assert.True(completed.Count >= 4, $"completed: {completed.Count}");
        Assert.All(completed, t => Assert.NotNull(t.Feedback));
        Assert.All(completed, t => Assert.False(string.IsNullOrWhiteSpace(t.ClosingSummary)));
        Assert.Contains(completed, t => t.Outcome!.Value.IsPositivePlacement());
        Assert.Contains(completed, t => !t.Outcome!.Value.IsPositivePlacement());
    }

    [Fact]
    public async Task An_interrupted_demo_trial_is_continued_at_another_workplace_by_a_linked_trial()
    {
        await using var db = app.NewDbContext();

        var chain = await db.WorkTrials.AsNoTracking()
            .Where(w => w.ContinuesTrialId != null)
            .Join(db.WorkTrials, next => next.ContinuesTrialId, previous => previous.Id, (next, previous) => new { Next = next, Previous = previous })
            .SingleAsync();

        Assert.Equal(WorkTrialStatus.Interrupted, chain.Previous.Status);
        Assert.Equal(chain.Previous.JobSeekerId, chain.Next.JobSeekerId);
        Assert.NotEqual(chain.Previous.OrganiserId, chain.Next.OrganiserId);
        Assert.Equal(chain.Previous.InterruptedOn!.Value.AddDays(1), chain.Next.StartDate);
    }

    [Fact]
    public async Task A_demo_trial_with_missed_contact_weeks_is_on_ohjaaja1s_worklist()
    {
        using var counsellor = await app.NewClient().SignInAsync("ohjaaja1");

        var worklist = await counsellor.PageAsync("/Worklist");

        var items = worklist.QuerySelectorAll("section.work-trial-followup tbody tr").Select(r => r.TextContent).ToList();
        Assert.Contains(items, text => text.Contains("Viikko 1 (", StringComparison.Ordinal));
        Assert.Contains(items, text => text.Contains("Viikko 2 (", StringComparison.Ordinal));
    }
}
