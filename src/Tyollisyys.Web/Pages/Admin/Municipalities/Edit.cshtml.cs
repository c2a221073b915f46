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

namespace Tyollisyys.Web.Pages.Admin.Municipalities;

public sealed class EditModel(AppDbContext db, AuditLog audit, IValidator<MunicipalityFields> validator, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty]
    public MunicipalityFields Input { get; set; } = new();

    public Municipality Municipality { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var municipality = await db.Municipalities.FindAsync(id);
        if (municipality is null)
        {
            return NotFound();
        }

        Show(municipality);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        var municipality = await db.Municipalities.FindAsync(id);
        if (municipality is null)
        {
            return NotFound();
        }

        Municipality = municipality;
        var valid = validator.Validate(Input).IsValidInto(ModelState, nameof(Input));
        if (!(await Input.CheckAgainstDatabaseAsync(db, ModelState, t, id) && valid))
        {
            return Page();
        }

        try
        {
            municipality.Update(Input.Code!, Input.NameFi!, Input.NameSv!);
        }
        catch (DomainException ex)
        {
            ModelState.AddDomainError(t, ex);
            return Page();
        }

        audit.Record(AuditAction.Update, "Municipality", id.ToString(CultureInfo.InvariantCulture), reason: "details");
        return await this.SaveAsync(
            db,
            t,
            municipality,
            Input.Version,
            t["Admin.Municipalities.Saved", municipality.NameFi].Value,
            "/Admin/Municipalities/Index",
            Show,
            ("Input.Code", t["Admin.Municipalities.DuplicateCode", Input.Code!.Trim()].Value));
    }

    private void Show(Municipality municipality)
    {
        Municipality = municipality;
        Input = new MunicipalityFields
        {
            Code = municipality.Code,
            NameFi = municipality.NameFi,
            NameSv = municipality.NameSv,
            Version = RowVersion.Of(db, municipality),
        };
    }
}
