using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tyollisyys.Web.Data;
using Tyollisyys.Web.Infrastructure.Audit;
using Tyollisyys.Web.Infrastructure.Auth;
using Tyollisyys.Web.Infrastructure.Localization;
using Tyollisyys.Web.Pages.JobSeekers;

namespace Tyollisyys.Web.Pages;

/// <summary>
/// The start page: the caseload list for those who work with clients (Counsellor, Manager); an Admin
/// without those roles sees the administration tasks instead.
/// </summary>
public sealed class IndexModel(AppDbContext db, AuditLog audit, TimeProvider clock) : PageModel
{
    public CaseloadPage? Caseload { get; private set; }

    public async Task OnGetAsync([FromQuery] CaseloadFilter filter, CancellationToken cancellationToken)
    {
        if (!User.IsInRole(Roles.Counsellor) && !User.IsInRole(Roles.Manager))
        {
            return;
        }

        var today = clock.FinnishToday();
        Caseload = await CaseloadQuery.RunAsync(db, User, filter, today, cancellationToken);
        var (action, reason) = CaseloadAudit.Describe(Caseload);
        await audit.RecordAndSaveAsync(action, "Caseload", reason: reason, cancellationToken: cancellationToken);
    }
}
