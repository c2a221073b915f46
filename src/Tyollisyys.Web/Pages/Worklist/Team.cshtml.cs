using Microsoft.AspNetCore.Mvc.RazorPages;
using Tyollisyys.Web.Data;
using Tyollisyys.Web.Infrastructure.Audit;

namespace Tyollisyys.Web.Pages.Worklist;

/// <summary>The manager's view: every counsellor's open items, with a link to each one's worklist.</summary>
public sealed class TeamModel(AppDbContext db, AuditLog audit) : PageModel
{
    public IReadOnlyList<CounsellorWorkload> Team { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Team = await TeamWorkload.ComputeAsync(db, User, cancellationToken);
        await audit.RecordAndSaveAsync(AuditAction.View, "Worklist", reason: "team", cancellationToken: cancellationToken);
    }
}
