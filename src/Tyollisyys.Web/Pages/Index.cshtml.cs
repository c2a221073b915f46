using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tyollisyys.Web.Data;
using Tyollisyys.Web.Infrastructure.Audit;
using Tyollisyys.Web.Infrastructure.Auth;
using Tyollisyys.Web.Infrastructure.Localization;
using Tyollisyys.Web.Infrastructure.Access;
using Tyollisyys.Web.Pages.JobSeekers;
using Tyollisyys.Web.Pages.Worklist;

namespace Tyollisyys.Web.Pages;

/// <summary>
/// The start page: the caseload list for those who work with clients (Counsellor, Manager); an Admin
/// without those roles sees the administration tasks instead.
/// </summary>
public sealed class IndexModel(AppDbContext db, AuditLog audit, TimeProvider clock) : PageModel
{
    public CaseloadPage? Caseload { get; private set; }

    /// <summary>A counsellor's own "Today" section.</summary>
    public WorklistView? Today { get; private set; }

    public IReadOnlyList<WorkTrialFollowUpEntry>? TrialFollowUp { get; private set; }

    public async Task OnGetAsync([FromQuery] CaseloadFilter filter, CancellationToken cancellationToken)
    {
        if (!User.IsInRole(Roles.Counsellor) && !User.IsInRole(Roles.Manager))
        {
            return;
        }

        var today = clock.FinnishToday();
        Caseload = await CaseloadQuery.RunAsync(db, User, filter, today, cancellationToken);

        // A counsellor's own "Today" section belongs to the plain start page, not to every search or page of the list
        // below it. A manager's per-counsellor view covers the whole area, so it has its own page (/Worklist/Team),
        // linked from here, rather than running on every visit to the start page.
        if (Request.Query.Count == 0 && !User.IsInRole(Roles.Manager) && User.UserId() is { } me)
        {
            var mine = db.JobSeekers.VisibleTo(User).Where(c => c.CounsellorId == me);
            Today = WorklistView.From(await WorklistDeadlines.ComputeAsync(db, mine, today, cancellationToken), today);
            TrialFollowUp = await WorkTrialFollowUpQuery.ComputeAsync(db, mine, today, await db.FollowUpRuleAsync(cancellationToken), cancellationToken);
        }

        var (action, reason) = CaseloadAudit.Describe(Caseload);
        await audit.RecordAndSaveAsync(action, "Caseload", reason: reason, cancellationToken: cancellationToken);
    }
}
