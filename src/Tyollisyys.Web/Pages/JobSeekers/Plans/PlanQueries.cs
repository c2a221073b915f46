using Microsoft.EntityFrameworkCore;
using Tyollisyys.Domain.Plans;
using Tyollisyys.Web.Data;

namespace Tyollisyys.Web.Pages.JobSeekers.Plans;

/// <summary>One row of a client's version list.</summary>
public sealed record PlanVersionRow(int Version, DateOnly AgreedOn, string AuthorName, DateTimeOffset SavedAt);

/// <summary>A plan version as a page shows it: with its author's name and the services its actions name.</summary>
public sealed record PlanView(EmploymentPlan Plan, string AuthorName, IReadOnlyDictionary<int, ServiceOffering> Services);

/// <summary>
/// Reads plan versions. A version loads with its actions and periods by split query (three statements whatever
/// the number of actions), read-only: a saved version never changes.
/// </summary>
public static class PlanQueries
{
    public static Task<EmploymentPlan?> CurrentPlanAsync(this AppDbContext db, long clientId) =>
        Versions(db, clientId).OrderByDescending(p => p.Version).FirstOrDefaultAsync();

    public static Task<EmploymentPlan?> PlanVersionAsync(this AppDbContext db, long clientId, int version) =>
        Versions(db, clientId).FirstOrDefaultAsync(p => p.Version == version);

    public static async Task<List<PlanVersionRow>> PlanVersionRowsAsync(this AppDbContext db, long clientId) =>
        await (from p in db.EmploymentPlans.AsNoTracking()
               join u in db.Users on p.AuthorId equals u.Id
               where p.JobSeekerId == clientId
               orderby p.Version descending
               select new PlanVersionRow(p.Version, p.AgreedOn, u.DisplayName, p.SavedAt))
            .ToListAsync();

    public static async Task<PlanView> ViewOfAsync(this AppDbContext db, EmploymentPlan plan) =>
        new(plan, await AuthorNameAsync(db, plan.AuthorId), await db.ServicesAsync(plan.Actions.Select(a => a.ServiceId)));

    /// <summary>The services named by id, active or not: an old version shows a service since deactivated.</summary>
    public static async Task<Dictionary<int, ServiceOffering>> ServicesAsync(this AppDbContext db, IEnumerable<int?> ids)
    {
        var wanted = ids.OfType<int>().Distinct().ToList();
        return wanted.Count == 0
            ? []
            : await db.ServiceOfferings.AsNoTracking().Where(s => wanted.Contains(s.Id)).ToDictionaryAsync(s => s.Id);
    }

    /// <summary>The services a new action may name: the active ones, plus any that rows of the form already name.</summary>
    public static Task<List<ServiceOffering>> SelectableServicesAsync(this AppDbContext db, IEnumerable<int?> alreadyNamed)
    {
        var named = alreadyNamed.OfType<int>().Distinct().ToList();
        return db.ServiceOfferings.AsNoTracking().Where(s => s.IsActive || named.Contains(s.Id)).OrderBy(s => s.NameFi).ToListAsync();
    }

    public static async Task<string> AuthorNameAsync(AppDbContext db, Guid authorId) =>
        await db.Users.Where(u => u.Id == authorId).Select(u => u.DisplayName).FirstOrDefaultAsync() ?? string.Empty;

    private static IQueryable<EmploymentPlan> Versions(AppDbContext db, long clientId) =>
        db.EmploymentPlans.AsNoTracking().AsSplitQuery().Where(p => p.JobSeekerId == clientId);
}
