using Microsoft.EntityFrameworkCore;
using Tyollisyys.Domain.JobSeekers;
using Tyollisyys.Domain.Process;
using Tyollisyys.Web.Pages.Worklist;
using Tyollisyys.Web.Tests.Support;
using Xunit;

namespace Tyollisyys.Web.Tests.Platform;

public sealed class DemoDataTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task The_demo_has_300_clients_across_the_three_counsellors_with_every_badge_represented()
    {
        await using var db = app.NewDbContext();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);

        var perCounsellor = await db.JobSeekers
            .Join(db.Users, j => j.CounsellorId, u => u.Id, (j, u) => u.UserName)
            .GroupBy(n => n).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key!, g => g.Count);
        var clients = await db.JobSeekers.Select(j => new { j.BirthDate, j.UnemployedSince, j.IdentityCode, j.CurrentStatus }).ToListAsync();
        var facts = clients.Select(c => JobSeekerFacts.For(c.BirthDate, c.UnemployedSince, today)).ToList();

        Assert.Equal(300, clients.Count);
        Assert.Equal(120, perCounsellor["ohjaaja1"]);
        Assert.Equal(100, perCounsellor["ohjaaja2"]);
        Assert.Equal(80, perCounsellor["ohjaaja3"]);
        Assert.All(clients, c => Assert.True(PersonalIdentityCode.Parse(c.IdentityCode).IsTemporary));
        Assert.Contains(facts, f => f.IsLongTermUnemployed);
        Assert.Contains(facts, f => f.IsUnder25);
        Assert.Contains(facts, f => f.IsTypScreeningDue);
        Assert.Contains(facts, f => f is { IsMunicipalFinancingShareRunning: true, IsLongTermUnemployed: false });
        Assert.Contains(facts, f => f.UnemploymentDays is < 100);
        Assert.Contains(clients, c => c.CurrentStatus is null);
        Assert.True(clients.Select(c => c.CurrentStatus).Distinct().Count() >= 6);
        Assert.True(await db.JobSeekers.CountAsync(j => j.PartialWorkAbility) > 0);
        Assert.True(await db.JobSeekers.CountAsync(j => j.DisabilityOrLongTermIllness) > 0);
        Assert.True(await db.JobSeekers.CountAsync(j => j.ImmigrantOrForeignLanguage) > 0);
        Assert.True(await db.JobSeekers.CountAsync(j => j.ServiceLanguage == ServiceLanguage.Swedish) > 0);
    }

    [Fact]
    public async Task The_demo_case_histories_give_deadlines_in_every_state_and_plans_in_several_versions()
    {
        await using var db = app.NewDbContext();
        var today = TestClients.Today;

        var deadlines = await ClientDeadlineQuery.ComputeAsync(db, db.JobSeekers, today);
        var statuses = deadlines.SelectMany(c => c.Items).GroupBy(i => i.Status).ToDictionary(g => g.Key, g => g.Count());

        Assert.True(statuses.GetValueOrDefault(DueItemStatus.Met) > 300, $"met: {statuses.GetValueOrDefault(DueItemStatus.Met)}");
        Assert.True(statuses.GetValueOrDefault(DueItemStatus.Overdue) >= 10, $"overdue: {statuses.GetValueOrDefault(DueItemStatus.Overdue)}");
        Assert.True(statuses.GetValueOrDefault(DueItemStatus.DueSoon) >= 10, $"due soon: {statuses.GetValueOrDefault(DueItemStatus.DueSoon)}");
        Assert.True(await db.EmploymentPlans.GroupBy(p => p.JobSeekerId).CountAsync(g => g.Count() >= 3) > 0);
        Assert.True(await db.JournalEntries.CountAsync(e => e.ContainsHealthInformation) > 0);
        Assert.True(await db.JournalEntries.CountAsync(e => e.Version == 2) > 0);
        Assert.True(await db.CapacityAssessments.GroupBy(a => a.JobSeekerId).CountAsync(g => g.Count() >= 2) > 0);

        using var counsellor = await app.NewClient().SignInAsync("ohjaaja1");
        var start = await counsellor.PageAsync("/");
        Assert.NotEmpty(start.QuerySelectorAll("table.worklist-table.overdue tbody tr"));
        Assert.NotEmpty(start.QuerySelectorAll("table.worklist-table.due-soon tbody tr"));
    }
}
