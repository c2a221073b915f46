using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tyollisyys.Domain.JobSeekers;
using Tyollisyys.Web.Data;
using Tyollisyys.Web.Infrastructure.Audit;

namespace Tyollisyys.Web.Pages.JobSeekers.Capacity;

/// <summary>
/// The client's functional-capacity assessments over time: domains × assessment dates, the change from the first
/// to the latest rating, and each assessment's observations. Visible to everyone who may see the client.
/// </summary>
public sealed class IndexModel(AppDbContext db, AuditLog audit) : PageModel
{
    public JobSeeker Client { get; private set; } = null!;

    public CapacityHistory History { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(long id)
    {
        if (await db.ViewVisibleAsync(audit, User, id, "capacity") is not { } client)
        {
            return NotFound();
        }

        Client = client;
        History = await CapacityQueries.HistoryAsync(db, client.Id);
        return Page();
    }
}
