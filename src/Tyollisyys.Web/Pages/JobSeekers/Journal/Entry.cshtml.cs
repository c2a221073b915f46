using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tyollisyys.Domain.JobSeekers;
using Tyollisyys.Web.Data;
using Tyollisyys.Web.Infrastructure.Access;
using Tyollisyys.Web.Infrastructure.Audit;

namespace Tyollisyys.Web.Pages.JobSeekers.Journal;

/// <summary>One journal entry with every version of it; the health rule applies to each version on its own.</summary>
public sealed class EntryModel(AppDbContext db, AuditLog audit) : PageModel
{
    public JobSeeker Client { get; private set; } = null!;

    /// <summary>Newest version first.</summary>
    public IReadOnlyList<JournalRow> Versions { get; private set; } = [];

    public JournalRow Current => Versions[0];

    /// <summary>A health-marked entry can be corrected only by those who may see its text.</summary>
    public bool MayCorrect => !Current.IsHidden;

    public async Task<IActionResult> OnGetAsync(long id, long entryId)
    {
        if (await db.FindVisibleAsync(audit, User, id) is not { } client)
        {
            return NotFound();
        }

        Versions = await JournalQueries.HistoryAsync(db, client.Id, entryId, User.MaySeeSensitive(client.CounsellorId));
        if (Versions.Count == 0)
        {
            return NotFound();
        }

        Client = client;
        audit.Record(AuditAction.View, "JobSeeker", client.IdText(), clientId: client.Id, reason: "journal-entry");
        audit.RecordHealthViews(client.Id, Versions.Where(v => v.ShowsHealthText).Select(v => v.Id));
        await db.SaveChangesAsync();
        return Page();
    }
}
