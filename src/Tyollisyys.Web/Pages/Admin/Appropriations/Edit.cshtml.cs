using System.Globalization;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tyollisyys.Domain.Common;
using Tyollisyys.Domain.Kuntalisa;
using Tyollisyys.Web.Data;
using Tyollisyys.Web.Infrastructure.Audit;
using Tyollisyys.Web.Infrastructure.Localization;
using Tyollisyys.Web.Infrastructure.Validation;

namespace Tyollisyys.Web.Pages.Admin.Appropriations;

/// <summary>Revises the amount of an appropriation (e.g. after a supplementary budget); municipality and year stay.</summary>
public sealed class EditModel(AppDbContext db, AuditLog audit, IValidator<AppropriationAmountFields> validator, IStringLocalizer<SharedResource> t)
    : PageModel
{
    [BindProperty]
    public AppropriationAmountFields Input { get; set; } = new();

    public Appropriation Appropriation { get; private set; } = null!;

    public string MunicipalityName { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await db.Appropriations.FindAsync(id) is not { } appropriation)
        {
            return NotFound();
        }

        await ShowAsync(appropriation);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (await db.Appropriations.FindAsync(id) is not { } appropriation)
        {
            return NotFound();
        }

        Appropriation = appropriation;
        MunicipalityName = await NameOfAsync(appropriation.MunicipalityId);
        if (!validator.Validate(Input).IsValidInto(ModelState, nameof(Input)))
        {
            return Page();
        }

        var before = appropriation.Amount;
        try
        {
            appropriation.Revise(AppropriationAmount.Parse(Input.Amount));
        }
        catch (DomainException ex)
        {
            ModelState.AddDomainError(t, ex, "Input.Amount");
            return Page();
        }

        audit.Record(
            AuditAction.Update,
            "Appropriation",
            id.ToString(CultureInfo.InvariantCulture),
            reason: string.Create(CultureInfo.InvariantCulture, $"municipality {appropriation.MunicipalityId} year {appropriation.Year} amount {before} -> {appropriation.Amount}"));
        var result = await this.SaveAsync(
            db,
            t,
            appropriation,
            Input.Version,
            t["Admin.Appropriations.Saved", MunicipalityName, appropriation.Year, Formats.Euros(appropriation.Amount)].Value,
            "/Admin/Appropriations/Index",
            ShowAsync);
        return result is RedirectToPageResult ? RedirectToPage("/Admin/Appropriations/Index", new { year = appropriation.Year }) : result;
    }

    private async Task ShowAsync(Appropriation appropriation)
    {
        Appropriation = appropriation;
        MunicipalityName = await NameOfAsync(appropriation.MunicipalityId);
        Input = new AppropriationAmountFields { Amount = FinnishDecimal.ForInput(appropriation.Amount), Version = RowVersion.Of(db, appropriation) };
    }

    private async Task<string> NameOfAsync(int municipalityId) =>
        (await db.Municipalities.AsNoTracking().SingleAsync(m => m.Id == municipalityId)).Name(CultureInfo.CurrentUICulture);
}
