using Microsoft.EntityFrameworkCore;
using Tyollisyys.Domain.WorkTrials;

namespace Tyollisyys.Web.Pages.WorkTrials;

public enum WorkTrialSort
{
    StartDate,
    Client,
    Organiser,
    Status,
}

/// <summary>One line of the work-trial list: a projection, so the list never loads contacts or attendance.</summary>
public sealed record WorkTrialListRow(
    long Id,
    long ClientId,
    string ClientName,
    string CustomerNumber,
    string OrganiserName,
    DateOnly StartDate,
    DateOnly EndDate,
    WorkTrialStatus Status,
    WorkTrialOutcome? Outcome);

public sealed record WorkTrialListPage(int Total, int PageNumber, int PageCount, IReadOnlyList<WorkTrialListRow> Rows);

/// <summary>
/// The work trials across clients. Offset paging, 50 a page, like the decision and employer lists: an area's trials
/// number in the hundreds a year, the count is shown anyway, and numbered pages can be named on the phone. Every
/// order ends in the trial's id, so pages never overlap.
/// </summary>
public static class WorkTrialListQuery
{
    public const int PageSize = 50;

    public static async Task<WorkTrialListPage> RunAsync(
        IQueryable<TrialWithParties> trials, WorkTrialSort sort, bool descending, int pageNumber, CancellationToken cancellationToken)
    {
        var total = await trials.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        pageNumber = Math.Clamp(pageNumber, 1, pageCount);

        var ordered = (sort, descending) switch
        {
            (WorkTrialSort.Client, false) => trials.OrderBy(x => x.Client.NameKey).ThenBy(x => x.Trial.Id),
            (WorkTrialSort.Client, true) => trials.OrderByDescending(x => x.Client.NameKey).ThenByDescending(x => x.Trial.Id),
            (WorkTrialSort.Organiser, false) => trials.OrderBy(x => x.Organiser.NameKey).ThenBy(x => x.Trial.Id),
            (WorkTrialSort.Organiser, true) => trials.OrderByDescending(x => x.Organiser.NameKey).ThenByDescending(x => x.Trial.Id),
            (WorkTrialSort.Status, false) => trials.OrderBy(x => x.Trial.Status).ThenBy(x => x.Trial.StartDate).ThenBy(x => x.Trial.Id),
            (WorkTrialSort.Status, true) => trials.OrderByDescending(x => x.Trial.Status).ThenByDescending(x => x.Trial.StartDate).ThenByDescending(x => x.Trial.Id),
            (_, false) => trials.OrderBy(x => x.Trial.StartDate).ThenBy(x => x.Trial.Id),
            (_, true) => trials.OrderByDescending(x => x.Trial.StartDate).ThenByDescending(x => x.Trial.Id),
        };

        var rows = await ordered
            .Skip((pageNumber - 1) * PageSize)
            .Take(PageSize)
            .Select(x => new WorkTrialListRow(
                x.Trial.Id,
                x.Client.Id,
                x.Client.LastName + ", " + x.Client.FirstNames,
                x.Client.CustomerNumber,
                x.Organiser.Name,
                x.Trial.StartDate,
                x.Trial.EndDate,
                x.Trial.Status,
                x.Trial.Outcome))
            .ToListAsync(cancellationToken);

        return new WorkTrialListPage(total, pageNumber, pageCount, rows);
    }
}
