using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Tyollisyys.Domain.Plans;
using Tyollisyys.Web.Data;
using Tyollisyys.Web.Infrastructure.Audit;
using Tyollisyys.Web.Infrastructure.Localization;

namespace Tyollisyys.Web.Pages.JobSeekers.Plans;

/// <summary>The differences between two versions of the plan; by default the previous and the current one.</summary>
public sealed class CompareModel(AppDbContext db, AuditLog audit, IStringLocalizer<SharedResource> t) : PlanPageModel(db, audit, t)
{
    public PlanComparison? Comparison { get; private set; }

    public PlanLabels Labels { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(long id, int? from, int? to)
    {
        if (!await FindClientAsync(id))
        {
            return NotFound();
        }

        var current = await Db.CurrentPlanAsync(id);
        var newerVersion = to ?? current?.Version ?? 0;
        var olderVersion = from ?? newerVersion - 1;
        if (current is null || olderVersion < 1)
        {
            Labels = LabelsFor(new Dictionary<int, ServiceOffering>());
            await AuditAsync(AuditAction.View, current, "plan-compare");
            return Page();
        }

        var older = await Db.PlanVersionAsync(id, olderVersion);
        var newer = newerVersion == current.Version ? current : await Db.PlanVersionAsync(id, newerVersion);
        if (older is null || newer is null)
        {
            return NotFound();
        }

        Comparison = PlanComparison.Between(older, newer);
        Labels = LabelsFor(await Db.ServicesAsync(older.Actions.Concat(newer.Actions).Select(a => a.ServiceId)));
        await AuditAsync(
            AuditAction.View,
            newer,
            string.Create(CultureInfo.InvariantCulture, $"plan-compare {older.Version}-{newer.Version}"));
        return Page();
    }
}
