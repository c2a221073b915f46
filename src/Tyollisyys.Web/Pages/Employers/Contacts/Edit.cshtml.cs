using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Tyollisyys.Domain.Common;
using Tyollisyys.Domain.Employers;
using Tyollisyys.Web.Data;
using Tyollisyys.Web.Infrastructure.Audit;
using Tyollisyys.Web.Infrastructure.Localization;
using Tyollisyys.Web.Infrastructure.Validation;

namespace Tyollisyys.Web.Pages.Employers.Contacts;

/// <summary>Edits one contact person under the contact row's version; removing is a separate, confirmed step.</summary>
public sealed class EditModel(AppDbContext db, AuditLog audit, IValidator<ContactFields> validator, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty]
    public ContactFields Input { get; set; } = new();

    public int EmployerId { get; private set; }

    public string EmployerName { get; private set; } = string.Empty;

    public Guid ContactKey { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, Guid key)
    {
        if (await ContactFields.EmployerWithContactsAsync(db, id) is not { } employer || Find(employer, key) is not { } contact)
        {
            return NotFound();
        }

        Show(employer, contact);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, Guid key)
    {
        ModelState.Clear();
        if (await ContactFields.EmployerWithContactsAsync(db, id) is not { } employer || Find(employer, key) is not { } contact)
        {
            return NotFound();
        }

        (EmployerId, EmployerName, ContactKey) = (employer.Id, employer.Name, key);
        if (!validator.Validate(Input).IsValidInto(ModelState, nameof(Input)))
        {
            return Page();
        }

        var before = new ContactDetails(contact.Name, contact.Role, contact.Phone, contact.Email);
        try
        {
            employer.UpdateContact(key, Input.ToDetails());
        }
        catch (DomainException ex)
        {
            ModelState.AddDomainError(t, ex);
            return Page();
        }

        var changed = EmployerChanges.ContactFieldsChanged(before, new ContactDetails(contact.Name, contact.Role, contact.Phone, contact.Email));
        if (changed.Count > 0)
        {
            audit.Record(AuditAction.Update, EmployerChanges.RecordType, EmployerChanges.RecordId(id), reason: $"contact-updated: {key}: {string.Join(", ", changed)}");
        }

        RowVersion.Expect(db, contact, Input.Version);
        if (await RowVersion.TrySaveAsync(db) == SaveOutcome.Stale)
        {
            db.ChangeTracker.Clear();
            if (await ContactFields.EmployerWithContactsAsync(db, id) is not { } current || Find(current, key) is not { } currentContact)
            {
                TempData["Status"] = t["Employers.Contacts.RemovedMeanwhile"].Value;
                return RedirectToPage("/Employers/Details", null, new { id }, "contacts");
            }

            Show(current, currentContact);
            ModelState.AddModelError(string.Empty, t["Error.Concurrency"]);
            return Page();
        }

        TempData["Status"] = t["Employers.Contacts.Saved", contact.Name].Value;
        return RedirectToPage("/Employers/Details", null, new { id }, "contacts");
    }

    private static EmployerContact? Find(Employer employer, Guid key) => employer.Contacts.FirstOrDefault(c => c.Key == key);

    private void Show(Employer employer, EmployerContact contact)
    {
        (EmployerId, EmployerName, ContactKey) = (employer.Id, employer.Name, contact.Key);
        Input = ContactFields.From(contact, RowVersion.Of(db, contact));
    }
}
