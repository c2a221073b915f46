using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Tyollisyys.Web.Data;
using Tyollisyys.Web.Infrastructure.Audit;
using Tyollisyys.Web.Infrastructure.Localization;

namespace Tyollisyys.Web.Pages.JobSeekers.Plans;

/// <summary>One earlier (or the current) version of the client's plan, read-only.</summary>
public sealed class VersionModel(AppDbContext db, AuditLog audit, IStringLocalizer<SharedResource> t) : PlanPageModel(db, audit, t)
{
    public PlanView View { get; private set; } = null!;

    public int CurrentVersion { get; private set; }

    public async Task<IActionResult> OnGetAsync(long id, int version)
    {
        if (!await FindClientAsync(id) || await Db.PlanVersionAsync(id, version) is not { } plan)
        {
            return NotFound();
        }

        View = await Db.ViewOfAsync(plan);
        CurrentVersion = (await Db.CurrentPlanAsync(id))!.Version;
        await AuditAsync(AuditAction.View, plan, "plan-version");
        return Page();
    }
}
