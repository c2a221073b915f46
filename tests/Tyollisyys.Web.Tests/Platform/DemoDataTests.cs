using Microsoft.EntityFrameworkCore;
using Tyollisyys.Domain.JobSeekers;
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
}
