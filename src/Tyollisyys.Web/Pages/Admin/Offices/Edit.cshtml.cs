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
        Input.ForgetBindingErrors(ModelState);
        var valid = validator.Validate(Input).IsValidInto(ModelState, nameof(Input));
        if (!(await Input.CheckAgainstDatabaseAsync(db, ModelState, t, office.Id, office.MunicipalityId) && valid))
        {
            await LoadOptionsAsync();
            return Page();
        }

        try
        {
            office.Update(Input.MunicipalityId!.Value, Input.Name!, Input.Address);
            office.SetCaseloadTarget(Input.CaseloadTarget!.Value);
        }
        catch (DomainException ex)
        {
            ModelState.AddDomainError(t, ex);
            await LoadOptionsAsync();
            return Page();
        }

        audit.Record(AuditAction.Update, "Office", id.ToString(CultureInfo.InvariantCulture), reason: "details");
        return await this.SaveAsync(
            db,
            t,
            office,
            Input.Version,
            t["Admin.Offices.Saved", office.Name].Value,
            "/Admin/Offices/Index",
            ShowAsync,
            ("Input.Name", t["Admin.Offices.DuplicateName", Input.Name!.Trim()].Value),
            LoadOptionsAsync);
    }

    private async Task ShowAsync(Office office)
    {
        Office = office;
        Input = new OfficeFields
        {
            Name = office.Name,
            Address = office.Address,
            MunicipalityId = office.MunicipalityId,
            CaseloadTarget = office.CaseloadTarget,
            Version = RowVersion.Of(db, office),
        };
        await LoadOptionsAsync();
    }

    private async Task LoadOptionsAsync() =>
        ViewData["MunicipalityOptions"] = await OfficeFields.MunicipalityOptionsAsync(db, Office.MunicipalityId);
}
