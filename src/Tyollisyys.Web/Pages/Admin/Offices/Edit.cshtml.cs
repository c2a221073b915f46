using System.Globalization;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Tyollisyys.Domain.Common;
using Tyollisyys.Domain.Organisation;
using Tyollisyys.Web.Data;
using Tyollisyys.Web.Infrastructure.Audit;
using Tyollisyys.Web.Infrastructure.Localization;
using Tyollisyys.Web.Infrastructure.Validation;

namespace Tyollisyys.Web.Pages.Admin.Offices;

public sealed class EditModel(AppDbContext db, AuditLog audit, IValidator<OfficeFields> validator, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty]
    public OfficeFields Input { get; set; } = new();

    public Office Office { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var office = await db.Offices.FindAsync(id);
        if (office is null)
        {
            return NotFound();
        }

        await ShowAsync(office);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        var office = await db.Offices.FindAsync(id);
        if (office is null)
        {
            return NotFound();
        }

        Office = office;
        var valid = validator.Validate(Input).IsValidInto(ModelState, nameof(Input));
        if (!(await Input.CheckAgainstDatabaseAsync(db, ModelState, t, office.Id, office.MunicipalityId) && valid))
        {
            await LoadOptionsAsync();
            return Page();
        }

        try
        {
            office.Update(Input.MunicipalityId!.Value, Input.Name!, Input.Address);
        }
        catch (DomainException ex)
        {
            ModelState.AddDomainError(t, ex);
            await LoadOptionsAsync();
            return Page();
        }

        RowVersion.Expect(db, office, Input.Version);
        audit.Record(AuditAction.Update, "Office", id.ToString(CultureInfo.InvariantCulture), reason: "details");
        switch (await RowVersion.TrySaveAsync(db))
        {
            case SaveOutcome.Saved:
                TempData["Status"] = t["Admin.Offices.Saved", office.Name].Value;
                return RedirectToPage("/Admin/Offices/Index");
            case SaveOutcome.Duplicate:
                db.ChangeTracker.Clear();
                ModelState.AddModelError("Input.Name", t["Admin.Offices.DuplicateName", Input.Name!.Trim()]);
                await LoadOptionsAsync();
                return Page();
            default:
                return await ShowCurrentAsync(id);
        }
    }

    /// <summary>Someone saved first: nothing of this edit was saved; show what the record holds now.</summary>
    private async Task<IActionResult> ShowCurrentAsync(int id)
    {
        db.ChangeTracker.Clear();
        var current = await db.Offices.FindAsync(id);
        if (current is null)
        {
            return NotFound();
        }

        ModelState.Clear();
        ModelState.AddModelError(string.Empty, t["Error.Concurrency"]);
        await ShowAsync(current);
        return Page();
    }

    private async Task ShowAsync(Office office)
    {
        Office = office;
        Input = new OfficeFields
        {
            Name = office.Name,
            Address = office.Address,
            MunicipalityId = office.MunicipalityId,
            Version = RowVersion.Of(db, office),
        };
        await LoadOptionsAsync();
    }

    private async Task LoadOptionsAsync() =>
        ViewData["MunicipalityOptions"] = await OfficeFields.MunicipalityOptionsAsync(db, Office.MunicipalityId);
}
