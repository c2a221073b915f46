using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Tyollisyys.Domain.JobSeekers;
using Tyollisyys.Domain.Kuntalisa;
using Tyollisyys.Domain.Process;
using Tyollisyys.Web.Infrastructure.Audit;
using Tyollisyys.Web.Pages.JobSeekers.Kuntalisa;
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

    [Fact]
    public async Task The_demo_has_kuntalisa_decisions_in_every_status_with_a_late_claim_a_rejection_reason_and_a_recovery()
    {
        await using var db = app.NewDbContext();

        var statuses = await db.KuntalisaDecisions.Select(d => d.Status).Distinct().ToListAsync();

        Assert.Equal(Enum.GetValues<KuntalisaDecisionStatus>().Order(), statuses.Order());
        Assert.True(await db.KuntalisaDecisions.CountAsync(d => d.Status == KuntalisaDecisionStatus.Submitted) >= 2);
        Assert.True(await db.KuntalisaPaymentClaims.AnyAsync(c => c.IsLate && c.LateReason != null));
        Assert.True(await db.KuntalisaDecisions.AnyAsync(d => d.Status == KuntalisaDecisionStatus.Rejected && d.RejectionReason != null));
        Assert.True(await db.KuntalisaDecisions.AnyAsync(d => d.Status == KuntalisaDecisionStatus.EndedEarly && d.RecoveryAmount > 0));
        Assert.True(await db.KuntalisaDecisions.Select(d => d.MunicipalityId).Distinct().CountAsync() >= 3);
        Assert.True(await db.Employers.CountAsync() >= 12);
    }

    [Fact]
    public async Task The_demo_decisions_are_drafted_by_the_clients_counsellors_and_decided_by_the_manager()
    {
        await using var db = app.NewDbContext();
        var manager = await db.Users.Where(u => u.UserName == "esihenkilo").Select(u => u.Id).SingleAsync();

        var decisions = await db.KuntalisaDecisions
            .Join(db.JobSeekers, d => d.JobSeekerId, c => c.Id, (d, c) => new { d.DraftedBy, d.DecidedBy, c.CounsellorId, d.MunicipalityId, c.HomeMunicipalityId })
            .ToListAsync();

        Assert.All(decisions, d => Assert.Equal(d.CounsellorId, d.DraftedBy));
        Assert.All(decisions.Where(d => d.DecidedBy != null), d => Assert.Equal(manager, d.DecidedBy));
        Assert.All(decisions, d => Assert.Equal(d.HomeMunicipalityId, d.MunicipalityId));
    }

    [Fact]
    public async Task Demo_numbers_run_without_gaps_per_municipality_and_year_and_commitments_fit_the_appropriations()
    {
        await using var db = app.NewDbContext();

        var numbered = await db.KuntalisaDecisions.Where(d => d.NumberYear != null)
            .Select(d => new { d.MunicipalityId, Year = d.NumberYear!.Value, Sequence = d.NumberSequence!.Value, d.Number, d.Committed })
            .ToListAsync();
        var series = await db.KuntalisaNumberSeries.ToDictionaryAsync(s => (s.MunicipalityId, s.Year), s => s.LastSequence);
        var appropriations = await db.Appropriations.ToDictionaryAsync(a => (a.MunicipalityId, a.Year), a => a.Amount);

        Assert.NotEmpty(numbered);
        foreach (var group in numbered.GroupBy(d => (d.MunicipalityId, d.Year)))
        {
            Assert.Equal(Enumerable.Range(1, group.Count()), group.Select(d => d.Sequence).Order());
            Assert.Equal(group.Count(), series[group.Key]);
            Assert.All(group, d => Assert.Equal(new KuntalisaDecisionNumber(d.Year, d.Sequence).ToString(), d.Number));
            Assert.True(group.Sum(d => d.Committed) <= appropriations[group.Key], $"{group.Key}: {group.Sum(d => d.Committed)} > {appropriations[group.Key]}");
        }

        Assert.Contains(numbered, d => d.Year == TestClients.Today.Year - 1);
    }

    [Fact]
    public async Task The_budget_of_Kajaani_this_year_shows_something_committed_and_paid()
    {
        using var counsellor = await app.NewClient().SignInAsync("ohjaaja1");

        var page = await counsellor.PageAsync("/Kuntalisa/Budget");

        Assert.StartsWith("Kuntalisän talousarvio: Kajaani", page.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.NotEqual("0,00\u00A0€", page.QuerySelector("dd.committed")!.TextContent);
        Assert.NotEqual("0,00\u00A0€", page.QuerySelector("dd.paid")!.TextContent);
        Assert.Equal("250\u00A0000,00\u00A0€", page.QuerySelector("dd.appropriation")!.TextContent);
    }

    [Fact]
    public async Task After_the_demo_seeding_the_manager_approves_a_submitted_decision_with_the_next_number_of_the_series()
    {
        await using var db = app.NewDbContext();
        var year = TestClients.Today.Year;
        var kajaani = await db.Municipalities.Where(m => m.Code == "205").Select(m => m.Id).SingleAsync();
        var decision = await db.KuntalisaDecisions.Include(d => d.Claims)
            .OrderBy(d => d.Id)
            .FirstAsync(d => d.MunicipalityId == kajaani && d.Status == KuntalisaDecisionStatus.Submitted);
        var last = await db.KuntalisaNumberSeries.Where(s => s.MunicipalityId == kajaani && s.Year == year).Select(s => s.LastSequence).SingleAsync();
        var client = await db.JobSeekers.Include(j => j.Spells).SingleAsync(j => j.Id == decision.JobSeekerId);
        var employer = await db.Employers.SingleAsync(e => e.Id == decision.EmployerId);
        var rule = await db.KuntalisaRuleVersions.SingleAsync(r => r.Id == decision.RuleVersionId);
        var manager = await db.Users.Where(u => u.UserName == "esihenkilo").Select(u => u.Id).SingleAsync();

        await DecisionApproval.ApproveAsync(
            db,
            new AuditLog(db, new HttpContextAccessor(), TimeProvider.System),
            decision,
            rule,
            DecisionFacts.ApplicationFor(decision, client, employer.Type),
            manager,
            DateTimeOffset.UtcNow,
            TestClients.Today);

        Assert.Equal(KuntalisaDecisionStatus.Approved, decision.Status);
        Assert.Equal(new KuntalisaDecisionNumber(year, last + 1).ToString(), decision.Number);
        Assert.Equal(last + 1, await db.KuntalisaNumberSeries.AsNoTracking().Where(s => s.MunicipalityId == kajaani && s.Year == year).Select(s => s.LastSequence).SingleAsync());
        Assert.Equal(string.Create(CultureInfo.InvariantCulture, $"KL-{year}-{last + 1:D4}"), decision.Number);
    }
}
