using Microsoft.EntityFrameworkCore;
using Tyollisyys.Domain.WorkTrials;
using Tyollisyys.Web.Data;

namespace Tyollisyys.Web.Pages.JobSeekers.WorkTrials;

public sealed record WorkTrialRow(long Id, string OrganiserName, DateOnly StartDate, DateOnly EndDate, WorkTrialStatus Status, long? ContinuesTrialId);

/// <summary>The client's work trials for the card, newest first, with the chain of continuations visible.</summary>
public sealed record WorkTrialCardSection(long ClientId, IReadOnlyList<WorkTrialRow> Rows)
{
    public static async Task<WorkTrialCardSection> LoadAsync(AppDbContext db, long clientId) =>
        new(clientId, await db.WorkTrials.AsNoTracking()
            .Where(w => w.JobSeekerId == clientId)
            .OrderByDescending(w => w.StartDate).ThenByDescending(w => w.Id)
            .Select(w => new WorkTrialRow(
                w.Id,
                db.Employers.Where(e => e.Id == w.OrganiserId).Select(e => e.Name).First(),
                w.StartDate,
                w.EndDate,
                w.Status,
                w.ContinuesTrialId))
            .ToListAsync());
}
