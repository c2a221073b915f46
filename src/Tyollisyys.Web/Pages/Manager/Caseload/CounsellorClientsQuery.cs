using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Tyollisyys.Domain.JobSeekers;
using Tyollisyys.Web.Data;
using Tyollisyys.Web.Infrastructure.Access;

namespace Tyollisyys.Web.Pages.Manager.Caseload;

/// <summary>
/// One client in a counsellor's list of the caseload review: overdue items from the stored due items, the current
/// plan's review date (null: no current plan), and the row version the bulk reassignment checks.
/// </summary>
public sealed record CounsellorClientRow(
    long Id,
    string LastName,
    string FirstNames,
    string CustomerNumber,
    JobSearchStatus? Status,
    int Overdue,
    DateOnly? PlanReviewOn,
    uint Version)
{
    public string FullName => $"{LastName} {FirstNames}";
}

public sealed record CounsellorClientsPage(int Total, int PageNumber, int PageCount, IReadOnlyList<CounsellorClientRow> Rows);

/// <summary>A counsellor's clients, visible to the user, in name order, one page of <see cref="PageSize"/> at a time.</summary>
public static class CounsellorClientsQuery
{
    public const int PageSize = 25;

    public static async Task<CounsellorClientsPage> RunAsync(
        AppDbContext db, ClaimsPrincipal user, Guid counsellorId, int pageNumber, DateOnly today, CancellationToken cancellationToken)
    {
        var clients = db.JobSeekers.AsNoTracking().VisibleTo(user).Where(c => c.CounsellorId == counsellorId);
        var total = await clients.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        pageNumber = Math.Clamp(pageNumber, 1, pageCount);
        var rows = await Project(db, clients.OrderBy(c => c.NameKey).ThenBy(c => c.Id).Skip((pageNumber - 1) * PageSize).Take(PageSize), today)
            .ToListAsync(cancellationToken);
        return new CounsellorClientsPage(total, pageNumber, pageCount, rows);
    }

    /// <summary>The chosen clients of the counsellor, for the confirmation, in name order.</summary>
    public static Task<List<CounsellorClientRow>> ChosenAsync(
        AppDbContext db, ClaimsPrincipal user, Guid counsellorId, long[] ids, DateOnly today, CancellationToken cancellationToken) =>
        Project(
            db,
            db.JobSeekers.AsNoTracking().VisibleTo(user).Where(c => c.CounsellorId == counsellorId && ids.Contains(c.Id)).OrderBy(c => c.NameKey).ThenBy(c => c.Id),
            today)
            .ToListAsync(cancellationToken);

    private static IQueryable<CounsellorClientRow> Project(AppDbContext db, IQueryable<JobSeeker> clients, DateOnly today) =>
        clients
            .Select(c => new CounsellorClientRow(
                c.Id,
                c.LastName,
                c.FirstNames,
                c.CustomerNumber,
                c.CurrentStatus,
                db.ClientDueItems.Count(i => i.JobSeekerId == c.Id && i.DueOn < today),
                db.ClientDueItemRefreshes.Where(r => r.JobSeekerId == c.Id).Select(r => r.PlanReviewOn).FirstOrDefault(),
                EF.Property<uint>(c, "xmin")));
}
