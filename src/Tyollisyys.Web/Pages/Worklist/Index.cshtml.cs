using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tyollisyys.Web.Data;
using Tyollisyys.Web.Infrastructure.Access;
using Tyollisyys.Web.Infrastructure.Audit;
using Tyollisyys.Web.Infrastructure.Auth;
using Tyollisyys.Web.Infrastructure.Localization;
using Tyollisyys.Web.Pages.JobSeekers;

namespace Tyollisyys.Web.Pages.Worklist;

/// <summary>
/// One counsellor's worklist: their own by default; a manager may open any counsellor's (from the team view).
/// A counsellor asking for a colleague's is refused: the worklist is personal, the caseload list is shared.
/// </summary>
public sealed class IndexModel(AppDbContext db, AuditLog audit, TimeProvider clock) : PageModel
{
    public WorklistView View { get; private set; } = null!;

    public IReadOnlyList<WorkTrialFollowUpEntry> TrialFollowUp { get; private set; } = [];

    public CounsellorOption? Counsellor { get; private set; }

    public bool IsOwn { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid? counsellor, CancellationToken cancellationToken)
    {
        var me = User.UserId();
        var whose = counsellor ?? me;
        IsOwn = whose == me;
        if (!IsOwn && !User.IsInRole(Roles.Manager))
        {
            await audit.RecordAndSaveAsync(
                AuditAction.AccessDenied, "Worklist", whose?.ToString(), outcome: AuditOutcome.Denied, reason: "not-own-worklist",
                cancellationToken: cancellationToken);
            return Forbid();
        }

        Counsellor = whose is { } id ? await db.CounsellorAsync(id) : null;
        if (Counsellor is null)
        {
            return NotFound();
        }

        var today = clock.FinnishToday();
        var clients = db.JobSeekers.VisibleTo(User).Where(c => c.CounsellorId == Counsellor.Id);
        View = WorklistView.From(await WorklistDeadlines.ComputeAsync(db, clients, today, cancellationToken), today);
        TrialFollowUp = await WorkTrialFollowUpQuery.ComputeAsync(db, clients, today, await db.FollowUpRuleAsync(cancellationToken), cancellationToken);
        await audit.RecordAndSaveAsync(
            AuditAction.View, "Worklist", Counsellor.Id.ToString(), reason: $"items={View.Total}", cancellationToken: cancellationToken);
        return Page();
    }
}
