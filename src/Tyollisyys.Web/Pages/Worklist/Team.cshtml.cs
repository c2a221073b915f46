using Microsoft.AspNetCore.Mvc.RazorPages;
using Tyollisyys.Web.Data;
using Tyollisyys.Web.Infrastructure.Access;
using Tyollisyys.Web.Infrastructure.Audit;
using Tyollisyys.Web.Infrastructure.Localization;

namespace Tyollisyys.Web.Pages.Worklist;

/// <summary>The manager's view: every counsellor's open items, with a link to each one's worklist.</summary>
public sealed class TeamModel(AppDbContext db, AuditLog audit, TimeProvider clock) : PageModel
{
    public IReadOnlyList<CounsellorWorkload> Team { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Team = await TeamWorkload.ComputeAsync(db, db.JobSeekers.VisibleTo(User), clock.FinnishToday(), cancellationToken);
        await audit.RecordAndSaveAsync(AuditAction.View, "Worklist", reason: "team", cancellationToken: cancellationToken);
    }
}
