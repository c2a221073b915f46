using System.Globalization;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Tyollisyys.Domain.Common;
using Tyollisyys.Domain.Plans;
using Tyollisyys.Web.Data;
using Tyollisyys.Web.Infrastructure.Audit;
using Tyollisyys.Web.Infrastructure.Localization;
using Tyollisyys.Web.Infrastructure.Validation;

namespace Tyollisyys.Web.Pages.Admin.Services;

public sealed class CreateModel(AppDbContext db, AuditLog audit, IValidator<ServiceFields> validator, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty]
    public ServiceFields Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!validator.Validate(Input).IsValidInto(ModelState, nameof(Input)))
        {
            return Page();
        }

        ServiceOffering service;
        try
        {
            service = new ServiceOffering(Input.NameFi!, Input.NameSv!, Input.NameEn!, Input.Provider);
        }
        catch (DomainException ex)
        {
            ModelState.AddDomainError(t, ex);
            return Page();
        }

        await using var transaction = await db.Database.BeginTransactionAsync();
        db.ServiceOfferings.Add(service);
        if (await RowVersion.TrySaveAsync(db) != SaveOutcome.Saved)
        {
            ModelState.AddModelError("Input.NameFi", t["Admin.Services.DuplicateName", service.NameFi]);
            return Page();
        }

        // The id exists only after the insert; the audit row joins it in the same transaction.
        audit.Record(AuditAction.Create, "ServiceOffering", service.Id.ToString(CultureInfo.InvariantCulture), reason: "created");
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        TempData["Status"] = t["Admin.Services.Created", service.NameFi].Value;
        return RedirectToPage("/Admin/Services/Index");
    }
}
