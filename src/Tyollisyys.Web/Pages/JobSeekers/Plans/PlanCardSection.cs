using Microsoft.EntityFrameworkCore;
using Tyollisyys.Domain.Plans;
using Tyollisyys.Web.Data;

namespace Tyollisyys.Web.Pages.JobSeekers.Plans;

/// <summary>What the client card shows of the plan: the current version's type, dates and open actions.</summary>
public sealed record PlanCardSection(long ClientId, int? Version, PlanType? Type, DateOnly? AgreedOn, DateOnly? NextReviewDate, int OpenActions)
{
    public bool HasPlan => Version is not null;

    /// <summary>One query: the newest version's row and a count of its open actions. The caller has checked access.</summary>
    public static async Task<PlanCardSection> LoadAsync(AppDbContext db, long clientId)
    {
        var row = await db.EmploymentPlans.AsNoTracking()
            .Where(p => p.JobSeekerId == clientId)
            .OrderByDescending(p => p.Version)
            .Select(p => new
            {
                p.Version,
                p.Type,
                p.AgreedOn,
                p.NextReviewDate,
                Open = p.Actions.Count(a => a.Status == PlanActionStatus.Agreed || a.Status == PlanActionStatus.InProgress),
            })
            .FirstOrDefaultAsync();
        return row is null
            ? new PlanCardSection(clientId, null, null, null, null, 0)
            : new PlanCardSection(clientId, row.Version, row.Type, row.AgreedOn, row.NextReviewDate, row.Open);
    }
}
