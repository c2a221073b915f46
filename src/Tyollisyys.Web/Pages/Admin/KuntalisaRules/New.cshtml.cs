using System.Globalization;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tyollisyys.Domain.Common;
using Tyollisyys.Domain.Kuntalisa;
using Tyollisyys.Web.Data;
using Tyollisyys.Web.Infrastructure.Audit;
using Tyollisyys.Web.Infrastructure.Localization;
using Tyollisyys.Web.Infrastructure.Validation;

namespace Tyollisyys.Web.Pages.Admin.KuntalisaRules;

/// <summary>
/// A new rule version, usually copied from the current one (?copyFrom=). Versions are never edited: a change of rule
/// is a new version, so decisions keep the rule they were made under. An overlap with another version is refused.
/// </summary>
public sealed class NewModel(AppDbContext db, AuditLog audit, IValidator<KuntalisaRuleFields> validator, IStringLocalizer<SharedResource> t)
    : PageModel
{
    [BindProperty]
    public KuntalisaRuleFields Input { get; set; } = new();

    public IReadOnlyList<SelectListItem> Municipalities { get; private set; } = [];

    /// <summary>The version the form was copied from, if any.</summary>
    public KuntalisaRuleVersion? CopiedFrom { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? municipality, int? copyFrom)
    {
        if (copyFrom is { } sourceId)
        {
            CopiedFrom = await db.KuntalisaRuleVersions.AsNoTracking().SingleOrDefaultAsync(v => v.Id == sourceId);
            if (CopiedFrom is null)
            {
                return NotFound();
            }

            Input = KuntalisaRuleFields.CopyOf(CopiedFrom);
        }
        else
        {
            Input.MunicipalityId = municipality;
        }

        await LoadMunicipalitiesAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadMunicipalitiesAsync();
        var valid = validator.Validate(Input).IsValidInto(ModelState, nameof(Input));
        valid &= MunicipalityChoice.IsOffered(Municipalities, Input.MunicipalityId, ModelState, t);

        if (!valid || !ModelState.IsValid)
        {
            return Page();
        }

        KuntalisaRuleVersion version;
        try
        {
            version = Input.Create();
        }
        catch (DomainException ex)
        {
            var field = KuntalisaRuleFields.FieldOf(ex.MessageKey);
            ModelState.AddDomainError(t, ex, field.Length == 0 ? string.Empty : $"{nameof(Input)}.{field}");
            return Page();
        }

        await using var transaction = await db.Database.BeginTransactionAsync();
        var others = await db.LockVersionsAsync(version.MunicipalityId);
        if (RuleVersionLock.Overlapping(others, version) is { } other)
        {
            ModelState.AddModelError("Input.EffectiveFrom", t["Admin.KuntalisaRules.Overlap", KuntalisaRuleText.Period(other)]);
            return Page();
        }

        db.KuntalisaRuleVersions.Add(version);
        await db.SaveChangesAsync();
        audit.Record(AuditAction.Create, "KuntalisaRuleVersion", version.Id.ToString(CultureInfo.InvariantCulture), reason: KuntalisaRuleText.Describe(version));
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        TempData["Status"] = t["Admin.KuntalisaRules.Created", KuntalisaRuleText.Period(version)].Value;
        return RedirectToPage("/Admin/KuntalisaRules/Details", new { id = version.Id });
    }

    private async Task LoadMunicipalitiesAsync() => Municipalities = await MunicipalityChoice.OptionsAsync(db, Input.MunicipalityId);
}
