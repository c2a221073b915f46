using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tyollisyys.Domain.JobSeekers;
using Tyollisyys.Domain.Journal;
using Tyollisyys.Web.Data;
using Tyollisyys.Web.Infrastructure.Access;
using Tyollisyys.Web.Infrastructure.Audit;

namespace Tyollisyys.Web.Pages.JobSeekers.Journal;

/// <summary>
/// The client's journal: the current version of each entry, newest first, 25 a page, optionally one type only.
/// The view of the client and each health-marked text shown are audited in one save.
/// </summary>
public sealed class IndexModel(AppDbContext db, AuditLog audit) : PageModel
{
    public JobSeeker Client { get; private set; } = null!;

    public JournalPage Journal { get; private set; } = null!;

    [BindProperty(SupportsGet = true, Name = "type")]
    public JournalEntryType? Type { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public async Task<IActionResult> OnGetAsync(long id)
    {
        if (await db.FindVisibleAsync(audit, User, id) is not { } client)
        {
            return NotFound();
        }

        Client = client;
        if (Type is { } type && !Enum.IsDefined(type))
        {
            Type = null;
        }

        Journal = await JournalQueries.PageAsync(db, client.Id, User.MaySeeSensitive(client.CounsellorId), Type, PageNumber);
        audit.Record(AuditAction.View, "JobSeeker", client.IdText(), clientId: client.Id, reason: "journal");
        audit.RecordHealthViews(client.Id, Journal.Rows.Where(r => r.ShowsHealthText).Select(r => r.Id));
        await db.SaveChangesAsync();
        return Page();
    }

    public string PageUrl(int page) =>
        Url.Page("/JobSeekers/Journal/Index", new { id = Client.Id, type = Type?.ToString(), p = page == 1 ? (int?)null : page })!;
}
