using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Tyollisyys.Domain.Common;
using Tyollisyys.Web.Data;
using Tyollisyys.Web.Infrastructure.Audit;
using Tyollisyys.Web.Infrastructure.Localization;
using Tyollisyys.Web.Infrastructure.Validation;

namespace Tyollisyys.Web.Pages.Employers.Contacts;

/// <summary>Adds a contact person to an employer; audited with the new contact's key.</summary>
public sealed class NewModel(AppDbContext db, AuditLog audit, IValidator<ContactFields> validator, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty]
    public ContactFields Input { get; set; } = new();

    public int EmployerId { get; private set; }

    public string EmployerName { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await db.Employers.FindAsync(id) is not { } employer)
        {
            return NotFound();
        }

        (EmployerId, EmployerName) = (employer.Id, employer.Name);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        ModelState.Clear();
        if (await db.Employers.FindAsync(id) is not { } employer)
        {
            return NotFound();
        }

        (EmployerId, EmployerName) = (employer.Id, employer.Name);
        if (!validator.Validate(Input).IsValidInto(ModelState, nameof(Input)))
        {
            return Page();
        }

        try
        {
            var key = employer.AddContact(Input.ToDetails());
            audit.Record(AuditAction.Update, EmployerChanges.RecordType, EmployerChanges.RecordId(id), reason: $"contact-added: {key}");
            await db.SaveChangesAsync();
        }
        catch (DomainException ex)
        {
            ModelState.AddDomainError(t, ex);
            return Page();
        }

        TempData["Status"] = t["Employers.Contacts.Added", Input.Name!.Trim()].Value;
        return RedirectToPage("/Employers/Details", null, new { id }, "contacts");
    }
}
