using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tyollisyys.Domain.Common;
using Tyollisyys.Domain.Kuntalisa;
using Tyollisyys.Web.Data;
using Tyollisyys.Web.Infrastructure.Audit;
using Tyollisyys.Web.Infrastructure.Localization;

namespace Tyollisyys.Web.Pages.Admin.KuntalisaRules;

/// <summary>
/// Sets a version's last day in force: the one change a version allows (typically the day before the next version).
/// It may not reach into a later version's days; the check runs under the municipality's lock, as adding does.
/// </summary>
public sealed class EndModel(AppDbContext db, AuditLog audit, IStringLocalizer<SharedResource> t) : PageModel
{
    public sealed class EndFields
    {
        public DateOnly? LastDay { get; set; }

        /// <summary>The row version (xmin) the form was loaded with.</summary>
        public uint Version { get; set; }
    }

    [BindProperty]
    public EndFields Input { get; set; } = new();

    public KuntalisaRuleVersion Rule { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await db.KuntalisaRuleVersions.FindAsync(id) is not { } rule)
        {
            return NotFound();
        }

        Show(rule);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        await using var transaction = await db.Database.BeginTransactionAsync();
        var municipalityId = await db.KuntalisaRuleVersions.Where(v => v.Id == id).Select(v => (int?)v.MunicipalityId).SingleOrDefaultAsync();
        if (municipalityId is null)
        {
            return NotFound();
        }

        var versions = await db.LockVersionsAsync(municipalityId.Value);
        var rule = versions.Single(v => v.Id == id);
        Rule = rule;
        if (Input.LastDay is not { } lastDay)
        {
            ModelState.AddModelError("Input.LastDay", t["Admin.KuntalisaRules.LastDayRequired"]);
            return Page();
        }

        var before = KuntalisaRuleText.Describe(rule);
        try
        {
            rule.EndOn(lastDay);
        }
        catch (DomainException ex)
        {
            ModelState.AddDomainError(t, ex, "Input.LastDay");
            return Page();
        }

        if (RuleVersionLock.Overlapping(versions, rule) is { } later)
        {
            ModelState.AddModelError("Input.LastDay", t["Admin.KuntalisaRules.EndOverlaps", KuntalisaRuleText.Period(later), Formats.Date(later.EffectiveFrom.AddDays(-1))]);
            return Page();
        }

        audit.Record(AuditAction.Update, "KuntalisaRuleVersion", id.ToString(CultureInfo.InvariantCulture), reason: $"ended: {before} -> {KuntalisaRuleText.Describe(rule)}");
        var result = await this.SaveAsync(db, t, rule, Input.Version, t["Admin.KuntalisaRules.EndSaved", Formats.Date(lastDay)].Value, "/Admin/KuntalisaRules/Index", Show);
        if (result is RedirectToPageResult)
        {
            await transaction.CommitAsync();
        }

        return result;
    }

    private void Show(KuntalisaRuleVersion rule)
    {
        Rule = rule;
        Input = new EndFields { LastDay = rule.EffectiveTo, Version = RowVersion.Of(db, rule) };
    }
}
