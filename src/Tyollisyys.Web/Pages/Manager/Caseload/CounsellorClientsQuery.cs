using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Tyollisyys.Domain.JobSeekers;
using Tyollisyys.Web.Data;
using Tyollisyys.Web.Infrastructure.Access;

namespace Tyollisyys.Web.Pages.Manager.Caseload;

/// <summary>
/// One client in a counsellor's list of the caseload review: overdue items and the current plan's review date (null:
/// none) from the client's stored figures, and the row version the bulk reassignment checks.
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
        AppDbContext db, ClaimsPrincipal user, Guid counsellorId, int pageNumber, CancellationToken cancellationToken)
    {
        var clients = db.JobSeekers.AsNoTracking().VisibleTo(user).Where(c => c.CounsellorId == counsellorId);
        var total = await clients.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        pageNumber = Math.Clamp(pageNumber, 1, pageCount);
        var rows = await Project(db, clients.OrderBy(c => c.NameKey).ThenBy(c => c.Id).Skip((pageNumber - 1) * PageSize).Take(PageSize))
            .ToListAsync(cancellationToken);
        return new CounsellorClientsPage(total, pageNumber, pageCount, rows);
    }

    /// <summary>The chosen clients of the counsellor, for the confirmation, in name order.</summary>
    public static Task<List<CounsellorClientRow>> ChosenAsync(
        AppDbContext db, ClaimsPrincipal user, Guid counsellorId, long[] ids, CancellationToken cancellationToken) =>
        Project(
            db,
            db.JobSeekers.AsNoTracking().VisibleTo(user).Where(c => c.CounsellorId == counsellorId && ids.Contains(c.Id)).OrderBy(c => c.NameKey).ThenBy(c => c.Id))
            .ToListAsync(cancellationToken);

    private static IQueryable<CounsellorClientRow> Project(AppDbContext db, IQueryable<JobSeeker> clients) =>
        clients
            .Select(c => new CounsellorClientRow(
                c.Id,
                c.LastName,
                c.FirstNames,
                c.CustomerNumber,
                c.CurrentStatus,
                db.ClientDueSummaries.Where(s => s.JobSeekerId == c.Id).Select(s => s.OverdueItems).FirstOrDefault(),
                db.ClientDueSummaries.Where(s => s.JobSeekerId == c.Id).Select(s => s.PlanReviewOn).FirstOrDefault(),
                EF.Property<uint>(c, "xmin")));
}
