using Microsoft.EntityFrameworkCore;
using Tyollisyys.Domain.JobSeekers;
using Tyollisyys.Web.Infrastructure.Commands;
using Tyollisyys.Web.Tests.Support;
using Xunit;

namespace Tyollisyys.Web.Tests.Platform;

public sealed class SeedCommandTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Seeding_tops_the_register_up_to_the_asked_size_with_valid_clients_and_is_repeatable()
    {
        _ = app.Server; // start the app: migrations and demo data are in place

        await SeedCommand.SeedAsync(app.Services, jobSeekers: 2_000, counsellors: 20);
        await using var db = app.NewDbContext();
        var bench = db.JobSeekers.Where(c => db.Offices.Any(o => o.Id == c.OfficeId && o.Name.StartsWith(SeedCommand.BenchOfficePrefix)));
        var entries = await db.JournalEntries.CountAsync(e => bench.Any(c => c.Id == e.JobSeekerId));
        var plans = await db.EmploymentPlans.CountAsync(p => bench.Any(c => c.Id == p.JobSeekerId));
        var decisions = await db.KuntalisaDecisions.CountAsync(d => bench.Any(c => c.Id == d.JobSeekerId));
        var trials = await db.WorkTrials.CountAsync(t => bench.Any(c => c.Id == t.JobSeekerId));

        await SeedCommand.SeedAsync(app.Services, jobSeekers: 2_000, counsellors: 20);

        Assert.Equal(2_000, await db.JobSeekers.CountAsync());
        Assert.Equal(20, await db.Users.CountAsync(u => u.UserName!.StartsWith("vertailu-ohjaaja-")));
        Assert.True(await db.JobSearchSpells.CountAsync() >= 2_000);
        var codes = await db.JobSeekers.Select(j => j.IdentityCode).ToListAsync();
        Assert.All(codes, c => Assert.True(PersonalIdentityCode.TryParse(c, out _, out _)));
        var caseloads = await db.JobSeekers.Join(db.Users.Where(u => u.UserName!.StartsWith("vertailu-ohjaaja-")), j => j.CounsellorId, u => u.Id, (j, u) => u.Id)
            .GroupBy(id => id).Select(g => g.Count()).ToListAsync();
        Assert.True(caseloads.Max() > caseloads.Min() * 1.3, "caseloads are uneven, as in real life");
        // Case histories and decisions for the generated clients (issue 7 item 5), and none added by the second run.
        var benchCount = await bench.CountAsync();
        Assert.True(entries >= benchCount * 5, $"{entries} journal entries for {benchCount} clients");
        Assert.True(plans >= benchCount / 2, $"{plans} plan versions for {benchCount} clients");
        Assert.True(decisions > 0);
        Assert.True(trials > 100, $"{trials} work trials");
        Assert.Equal(trials, await db.WorkTrials.CountAsync(t => bench.Any(c => c.Id == t.JobSeekerId)));
        Assert.Equal(entries, await db.JournalEntries.CountAsync(e => bench.Any(c => c.Id == e.JobSeekerId)));
        Assert.Equal(plans, await db.EmploymentPlans.CountAsync(p => bench.Any(c => c.Id == p.JobSeekerId)));
        Assert.Equal(decisions, await db.KuntalisaDecisions.CountAsync(d => bench.Any(c => c.Id == d.JobSeekerId)));
        // Numbers continue each series: no duplicates, and the series rows hold the highest number given.
        var numbered = await db.KuntalisaDecisions.Where(d => d.NumberYear != null)
            .GroupBy(d => new { d.MunicipalityId, d.NumberYear }).Select(g => new { g.Key.MunicipalityId, g.Key.NumberYear, Count = g.Count(), Max = g.Max(d => d.NumberSequence) })
            .ToListAsync();
        var series = await db.KuntalisaNumberSeries.ToListAsync();
        Assert.All(numbered, n => Assert.Equal(n.Count, n.Max));
        Assert.All(numbered, n => Assert.Equal(n.Max, series.Single(s => s.MunicipalityId == n.MunicipalityId && s.Year == n.NumberYear).LastSequence));

        // COPY bypasses the DbContext, so seeding ends by computing every client's stored due items.
        Assert.Equal(0, await db.JobSeekers.CountAsync(j => !db.ClientDueSummaries.Any(r => r.JobSeekerId == j.Id && r.ComputedOn != null)));
        Assert.True(await db.ClientDueItems.CountAsync() > 2_000);
        using var client = app.NewClient();
        await client.SignInAsync(SeedCommand.BenchmarkUser, SeedCommand.BenchmarkPassword);
        using var manager = app.NewClient();
        await manager.SignInAsync(SeedCommand.BenchmarkManager, SeedCommand.BenchmarkPassword);
    }
}
