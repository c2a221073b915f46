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
        await SeedCommand.SeedAsync(app.Services, jobSeekers: 2_000, counsellors: 20);

        await using var db = app.NewDbContext();
        Assert.Equal(2_000, await db.JobSeekers.CountAsync());
        Assert.Equal(20, await db.Users.CountAsync(u => u.UserName!.StartsWith("vertailu-ohjaaja-")));
        Assert.True(await db.JobSearchSpells.CountAsync() >= 2_000);
        var codes = await db.JobSeekers.Select(j => j.IdentityCode).ToListAsync();
        Assert.All(codes, c => Assert.True(PersonalIdentityCode.TryParse(c, out _, out _)));
        var caseloads = await db.JobSeekers.Join(db.Users.Where(u => u.UserName!.StartsWith("vertailu-ohjaaja-")), j => j.CounsellorId, u => u.Id, (j, u) => u.Id)
            .GroupBy(id => id).Select(g => g.Count()).ToListAsync();
        Assert.True(caseloads.Max() > caseloads.Min() * 1.3, "caseloads are uneven, as in real life");
        // COPY bypasses the DbContext, so seeding ends by computing every client's stored due items.
        Assert.Equal(0, await db.JobSeekers.CountAsync(j => !db.ClientDueSummaries.Any(r => r.JobSeekerId == j.Id && r.ComputedOn != null)));
        Assert.True(await db.ClientDueItems.CountAsync() > 2_000);
        using var client = app.NewClient();
        await client.SignInAsync(SeedCommand.BenchmarkUser, SeedCommand.BenchmarkPassword);
    }
}
