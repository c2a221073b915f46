using Microsoft.EntityFrameworkCore;
using Tyollisyys.Web.Data;
using Tyollisyys.Web.Tests.Support;
using Xunit;

namespace Tyollisyys.Web.Tests.Plans;

public sealed class PlanDemoDataTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Demo_plans_are_seeded_once_with_several_versions_and_reduced_obligations_with_reasons()
    {
        await using var db = app.NewDbContext();

        await PlanDemoData.SeedAsync(db, TimeProvider.System);
        var count = await db.EmploymentPlans.CountAsync();
        await PlanDemoData.SeedAsync(db, TimeProvider.System);

        Assert.Equal(count, await db.EmploymentPlans.CountAsync());
        Assert.True(await db.EmploymentPlans.AnyAsync(p => p.Version == 3));
        var reduced = await db.EmploymentPlans.AsNoTracking().Where(p => p.ObligationPeriods.Any(o => o.JobsRequired < 4)).ToListAsync();
        Assert.NotEmpty(reduced);
        Assert.All(reduced.SelectMany(p => p.ObligationPeriods).Where(o => o.JobsRequired < 4), o => Assert.False(string.IsNullOrWhiteSpace(o.ReducedReason)));
    }
}
