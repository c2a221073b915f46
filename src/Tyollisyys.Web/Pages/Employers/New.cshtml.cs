using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tyollisyys.Domain.Common;
using Tyollisyys.Domain.Employers;
using Tyollisyys.Web.Data;
using Tyollisyys.Web.Infrastructure.Audit;
using Tyollisyys.Web.Infrastructure.Localization;
using Tyollisyys.Web.Infrastructure.Validation;

namespace Tyollisyys.Web.Pages.Employers;

/// <summary>Registers an employer. A business ID already in the registry is refused with a link to its holder.</summary>
public sealed class NewModel(AppDbContext db, AuditLog audit, IValidator<EmployerFields> validator, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty]
    public EmployerFields Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        // Binding's own messages are English and repeat the validator's; the validator is the one source.
        ModelState.Clear();
        if (!validator.Validate(Input).IsValidInto(ModelState, nameof(Input)))
        {
            return Page();
        }

        if (Input.ParsedBusinessId() is { } businessId && await RefuseDuplicateAsync(businessId))
        {
            return Page();
        }

        Employer employer;
        try
        {
            employer = Employer.Register(Input.ToDetails());
        }
        catch (DomainException ex)
        {
            ModelState.AddDomainError(t, ex);
            return Page();
        }

        try
        {
            // The id comes from the insert, and the audit row needs it: both in one transaction.
            await using var transaction = await db.Database.BeginTransactionAsync();
            db.Employers.Add(employer);
            await db.SaveChangesAsync();
            audit.Record(AuditAction.Create, EmployerChanges.RecordType, EmployerChanges.RecordId(employer.Id), reason: "registered");
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
        }
        catch (DbUpdateException ex) when (RowVersion.IsUniqueViolation(ex) && employer.BusinessId is { } taken)
        {
            // Someone registered the same business ID between our check and our insert.
            db.ChangeTracker.Clear();
            await RefuseDuplicateAsync(taken);
            return Page();
        }

        TempData["Status"] = t["Employers.New.Done", employer.Name].Value;
        return RedirectToPage("/Employers/Details", new { id = employer.Id });
    }

    private async Task<bool> RefuseDuplicateAsync(BusinessId businessId)
    {
        if (await EmployerChanges.HolderOfAsync(db, businessId) is not { } existing)
        {
            return false;
        }

        ViewData["DuplicateEmployerId"] = existing;
        ModelState.AddModelError($"{nameof(Input)}.{nameof(EmployerFields.BusinessId)}", t["Employers.New.Duplicate", businessId.Value]);
        return true;
    }
}
