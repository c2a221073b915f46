using System.Globalization;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tyollisyys.Domain.Capacity;
using Tyollisyys.Domain.Common;
using Tyollisyys.Web.Data;
using Tyollisyys.Web.Infrastructure.Audit;
using Tyollisyys.Web.Infrastructure.Localization;
using Tyollisyys.Web.Infrastructure.Validation;

namespace Tyollisyys.Web.Pages.Admin.CapacityDomains;

public sealed class CreateModel(AppDbContext db, AuditLog audit, IValidator<CapacityDomainFields> validator, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty]
    public CapacityDomainFields Input { get; set; } = new();

    public async Task OnGetAsync() =>
        Input.Ordinal = (await db.CapacityDomains.MaxAsync(d => (int?)d.Ordinal) ?? 0) + 10;

    public async Task<IActionResult> OnPostAsync()
    {
        var valid = validator.Validate(Input).IsValidInto(ModelState, nameof(Input));
        var code = Input.Code?.Trim();
        if (!string.IsNullOrEmpty(code) && await db.CapacityDomains.AnyAsync(d => d.Code == code))
        {
            ModelState.AddModelError("Input.Code", t["Admin.CapacityDomains.DuplicateCode", code]);
            valid = false;
        }

        if (!valid)
        {
            return Page();
        }

        CapacityDomain domain;
        try
        {
            domain = new CapacityDomain(Input.Code!, Input.NameFi!, Input.NameSv!, Input.NameEn!, Input.Ordinal!.Value);
        }
        catch (DomainException ex)
        {
            ModelState.AddDomainError(t, ex);
            return Page();
        }

        if (!Input.IsActive)
        {
            domain.Deactivate();
        }

        await using var transaction = await db.Database.BeginTransactionAsync();
        db.CapacityDomains.Add(domain);
        if (await RowVersion.TrySaveAsync(db) != SaveOutcome.Saved)
        {
            ModelState.AddModelError("Input.Code", t["Admin.CapacityDomains.DuplicateCode", domain.Code]);
            return Page();
        }

        // The id exists only after the insert; the audit row joins it in the same transaction.
        audit.Record(AuditAction.Create, "CapacityDomain", domain.Id.ToString(CultureInfo.InvariantCulture), reason: "created");
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        TempData["Status"] = t["Admin.CapacityDomains.Created", domain.NameFi].Value;
        return RedirectToPage("/Admin/CapacityDomains/Index");
    }
}
