using Microsoft.EntityFrameworkCore;
using Tyollisyys.Domain.Plans;

namespace Tyollisyys.Web.Tests.Support;

/// <summary>Saves plan versions straight through the domain, as arrangement for the plan pages' tests.</summary>
public static class TestPlans
{
    /// <summary>The client's next plan version, authored by <paramref name="author"/>, with one action and a full obligation.</summary>
    public static async Task<EmploymentPlan> AgreeAsync(AppFactory app, long clientId, string goals = "Työpaikka varastoalalta", string author = "ohjaaja1")
    {
        await using var db = app.NewDbContext();
        var authorId = await db.Users.Where(u => u.UserName == author).Select(u => u.Id).SingleAsync();
        var current = await db.EmploymentPlans.AsNoTracking().Where(p => p.JobSeekerId == clientId).OrderByDescending(p => p.Version).FirstOrDefaultAsync();
        var today = TestClients.Today;
        var content = new PlanContent(
            PlanType.Employment,
            goals,
            today,
            today.AddMonths(3),
            [new PlanAction(Guid.Empty, "Hae neljää työpaikkaa kuukaudessa", ActionResponsible.JobSeeker, null, today.AddMonths(1), PlanActionStatus.Agreed, null, null)],
            today,
            [(4, null), (4, null), (4, null)]);
        var plan = EmploymentPlan.Agree(clientId, current, content, authorId, DateTimeOffset.UtcNow, today);
        db.EmploymentPlans.Add(plan);
        await db.SaveChangesAsync();
        return plan;
    }
}
