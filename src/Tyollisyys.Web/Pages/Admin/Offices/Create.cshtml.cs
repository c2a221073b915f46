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

public sealed class CreateModel(AppDbContext db, AuditLog audit, IValidator<OfficeFields> validator, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty]
    public OfficeFields Input { get; set; } = new();

    public async Task OnGetAsync() => await LoadOptionsAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        Input.ForgetBindingErrors(ModelState);
        var valid = validator.Validate(Input).IsValidInto(ModelState, nameof(Input));
        if (!(await Input.CheckAgainstDatabaseAsync(db, ModelState, t) && valid))
        {
            await LoadOptionsAsync();
            return Page();
        }

        Office office;
        try
        {
            office = new Office(Input.MunicipalityId!.Value, Input.Name!, Input.Address);
            office.SetCaseloadTarget(Input.CaseloadTarget!.Value);
        }
        catch (DomainException ex)
        {
            ModelState.AddDomainError(t, ex);
            await LoadOptionsAsync();
            return Page();
        }

        await using var transaction = await db.Database.BeginTransactionAsync();
        db.Offices.Add(office);
        if (await RowVersion.TrySaveAsync(db) != SaveOutcome.Saved)
        {
            ModelState.AddModelError("Input.Name", t["Admin.Offices.DuplicateName", office.Name]);
            await LoadOptionsAsync();
            return Page();
        }

        // The id exists only after the insert; the audit row joins it in the same transaction.
        audit.Record(AuditAction.Create, "Office", office.Id.ToString(CultureInfo.InvariantCulture), reason: "created");
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        TempData["Status"] = t["Admin.Offices.Created", office.Name].Value;
        return RedirectToPage("/Admin/Offices/Index");
    }

    private async Task LoadOptionsAsync() => ViewData["MunicipalityOptions"] = await OfficeFields.MunicipalityOptionsAsync(db);
}
