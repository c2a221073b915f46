using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tyollisyys.Web.Data;

namespace Tyollisyys.Web.Pages.Admin;

/// <summary>
/// The municipality select of the kuntalisä admin forms: the active municipalities (plus the one already chosen,
/// even if closed since) by name in the UI language, and the check that a posted id is one of them.
/// </summary>
public static class MunicipalityChoice
{
    public static async Task<IReadOnlyList<SelectListItem>> OptionsAsync(AppDbContext db, int? current = null)
    {
        var culture = CultureInfo.CurrentUICulture;
        var municipalities = await db.Municipalities.AsNoTracking().Where(m => m.IsActive || m.Id == current).ToListAsync();
        return [.. municipalities
            .OrderBy(m => m.Name(culture), StringComparer.Create(culture, ignoreCase: true))
            .Select(m => new SelectListItem(m.Name(culture), m.Id.ToString(CultureInfo.InvariantCulture)))];
    }

    /// <summary>False, with the field's message, when a municipality was posted that the form did not offer.</summary>
    public static bool IsOffered(IReadOnlyList<SelectListItem> options, int? chosen, ModelStateDictionary modelState, IStringLocalizer t)
    {
        if (chosen is not { } id || options.Any(m => m.Value == id.ToString(CultureInfo.InvariantCulture)))
        {
            return true;
        }

        modelState.AddModelError("Input.MunicipalityId", t["Admin.KuntalisaRules.MunicipalityRequired"]);
        return false;
    }
}
