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

namespace Tyollisyys.Web.Pages.Admin.Appropriations;

/// <summary>
/// A municipality's appropriation for a year. A second one for the same year is refused: checked first for a clear
/// message, and by the unique index for two admins saving at the same moment.
/// </summary>
public sealed class NewModel(AppDbContext db, AuditLog audit, IValidator<NewAppropriationFields> validator, IStringLocalizer<SharedResource> t, TimeProvider clock)
    : PageModel
{
    [BindProperty]
    public NewAppropriationFields Input { get; set; } = new();

    public IReadOnlyList<SelectListItem> Municipalities { get; private set; } = [];

    public async Task OnGetAsync(int? municipality, int? year)
    {
        Input.MunicipalityId = municipality;
        Input.Year = year ?? clock.FinnishToday().Year;
        await LoadMunicipalitiesAsync();
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

        if (await db.Appropriations.AnyAsync(a => a.MunicipalityId == Input.MunicipalityId && a.Year == Input.Year))
        {
            return Duplicate();
        }

        Appropriation appropriation;
        try
        {
            appropriation = new Appropriation(Input.MunicipalityId!.Value, Input.Year!.Value, AppropriationAmount.Parse(Input.Amount));
        }
        catch (DomainException ex)
        {
            ModelState.AddDomainError(t, ex);
            return Page();
        }

        await using var transaction = await db.Database.BeginTransactionAsync();
        db.Appropriations.Add(appropriation);
        if (await RowVersion.TrySaveAsync(db) != SaveOutcome.Saved)
        {
            return Duplicate();
        }

        audit.Record(
            AuditAction.Create,
            "Appropriation",
            appropriation.Id.ToString(CultureInfo.InvariantCulture),
            reason: string.Create(CultureInfo.InvariantCulture, $"municipality {appropriation.MunicipalityId} year {appropriation.Year} amount {appropriation.Amount}"));
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        TempData["Status"] = t["Admin.Appropriations.Created", MunicipalityName(appropriation.MunicipalityId), appropriation.Year, Formats.Euros(appropriation.Amount)].Value;
        return RedirectToPage("/Admin/Appropriations/Index", new { year = appropriation.Year });
    }

    private PageResult Duplicate()
    {
        ModelState.AddModelError("Input.Year", t["Admin.Appropriations.Duplicate", MunicipalityName(Input.MunicipalityId!.Value), Input.Year!.Value]);
        return Page();
    }

    private string MunicipalityName(int id) =>
        Municipalities.FirstOrDefault(m => m.Value == id.ToString(CultureInfo.InvariantCulture))?.Text ?? string.Empty;

    private async Task LoadMunicipalitiesAsync() => Municipalities = await MunicipalityChoice.OptionsAsync(db);
}
