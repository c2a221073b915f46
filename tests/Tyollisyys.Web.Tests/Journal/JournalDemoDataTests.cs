using Microsoft.EntityFrameworkCore;
using Tyollisyys.Domain.Journal;
using Tyollisyys.Web.Data.Generation;
using Tyollisyys.Web.Tests.Support;
using Xunit;

namespace Tyollisyys.Web.Tests.Journal;

public sealed class JournalDemoDataTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task The_demo_journal_and_assessments_cover_every_case_and_seeding_twice_adds_nothing()
    {
        await using (var db = app.NewDbContext())
        {
            await JournalAndCapacityDemoData.SeedAsync(db, TimeProvider.System);
        }

        await using var check = app.NewDbContext();
        var entries = await check.JournalEntries.CountAsync();
        Assert.True(await check.JournalEntries.AnyAsync(e => e.Type == JournalEntryType.InitialInterview));
        Assert.True(await check.JournalEntries.AnyAsync(e => e.Type == JournalEntryType.JobSearchConversation));
        Assert.True(await check.JournalEntries.AnyAsync(e => e.ContainsHealthInformation));
        Assert.True(await check.JournalEntries.AnyAsync(e => e.Version == 2));
        Assert.True(await check.JobSeekers.AnyAsync(j => !check.JournalEntries.Any(e => e.JobSeekerId == j.Id)));
        Assert.True(await check.CapacityAssessments.GroupBy(a => a.JobSeekerId).AnyAsync(g => g.Count() >= 2));
        Assert.True(await check.JournalEntries.AllAsync(e => e.OccurredOn <= TestClients.Today));

        await JournalAndCapacityDemoData.SeedAsync(check, TimeProvider.System);
        Assert.Equal(entries, await check.JournalEntries.CountAsync());
    }
}
