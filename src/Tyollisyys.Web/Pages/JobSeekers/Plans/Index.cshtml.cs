using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Tyollisyys.Web.Data;
using Tyollisyys.Web.Infrastructure.Audit;
using Tyollisyys.Web.Infrastructure.Localization;

namespace Tyollisyys.Web.Pages.JobSeekers.Plans;

/// <summary>The client's current plan and the list of its versions.</summary>
public sealed class IndexModel(AppDbContext db, AuditLog audit, IStringLocalizer<SharedResource> t) : PlanPageModel(db, audit, t)
{
    public PlanView? Current { get; private set; }

    public IReadOnlyList<PlanVersionRow> Versions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(long id)
    {
        if (!await FindClientAsync(id))
        {
            return NotFound();
        }

        var plan = await Db.CurrentPlanAsync(id);
        if (plan is not null)
        {
            Current = await Db.ViewOfAsync(plan);
            Versions = await Db.PlanVersionRowsAsync(id);
        }

        await AuditAsync(AuditAction.View, plan, "plan-current");
        return Page();
    }
}
