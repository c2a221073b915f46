using System.Globalization;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tyollisyys.Domain.Common;
using Tyollisyys.Domain.Organisation;
using Tyollisyys.Web.Data;
using Tyollisyys.Web.Infrastructure.Audit;
using Tyollisyys.Web.Infrastructure.Localization;
using Tyollisyys.Web.Infrastructure.Validation;

namespace Tyollisyys.Web.Pages.Admin.Municipalities;

public sealed class CreateModel(AppDbContext db, AuditLog audit, IValidator<MunicipalityFields> validator, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty]
    public MunicipalityFields Input { get; set; } = new();

    /// <summary>The one employment area every municipality belongs to; null before one is set up.</summary>
    public EmploymentArea? Area { get; private set; }

    public async Task OnGetAsync() => Area = await FindAreaAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        Area = await FindAreaAsync();
        var valid = validator.Validate(Input).IsValidInto(ModelState, nameof(Input));
        if (Area is null)
        {
            ModelState.AddModelError(string.Empty, t["Admin.Municipalities.NoArea"]);
            return Page();
        }

        if (!(await Input.CheckAgainstDatabaseAsync(db, ModelState, t) && valid))
        {
            return Page();
        }

        Municipality municipality;
        try
        {
            municipality = new Municipality(Area.Id, Input.Code!, Input.NameFi!, Input.NameSv!);
        }
        catch (DomainException ex)
        {
            ModelState.AddDomainError(t, ex);
            return Page();
        }

        await using var transaction = await db.Database.BeginTransactionAsync();
        db.Municipalities.Add(municipality);
        if (await RowVersion.TrySaveAsync(db) != SaveOutcome.Saved)
        {
            ModelState.AddModelError("Input.Code", t["Admin.Municipalities.DuplicateCode", municipality.Code]);
            return Page();
        }

        // The id exists only after the insert; the audit row joins it in the same transaction.
        audit.Record(AuditAction.Create, "Municipality", municipality.Id.ToString(CultureInfo.InvariantCulture), reason: "created");
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        TempData["Status"] = t["Admin.Municipalities.Created", municipality.NameFi].Value;
        return RedirectToPage("/Admin/Municipalities/Index");
    }

    private Task<EmploymentArea?> FindAreaAsync() => db.EmploymentAreas.AsNoTracking().OrderBy(a => a.Id).FirstOrDefaultAsync();
}
