using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Tyollisyys.Domain.Employers;
using Tyollisyys.Web.Data;
using Tyollisyys.Web.Infrastructure.Audit;
using Tyollisyys.Web.Infrastructure.Localization;

namespace Tyollisyys.Web.Pages.Employers.Contacts;

/// <summary>
/// The confirmation step of removing a contact person: GET asks, POST removes (audited). The form carries the
/// contact's row version, so a contact changed since the question was shown is not removed unseen.
/// </summary>
public sealed class RemoveModel(AppDbContext db, AuditLog audit, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty]
    public uint Version { get; set; }

    public int EmployerId { get; private set; }

    public string EmployerName { get; private set; } = string.Empty;

    public EmployerContact Contact { get; private set; } = null!;

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
        if (await ContactFields.EmployerWithContactsAsync(db, id) is not { } employer || Find(employer, key) is not { } contact)
        {
            TempData["Status"] = t["Employers.Contacts.RemovedMeanwhile"].Value;
            return RedirectToPage("/Employers/Details", null, new { id }, "contacts");
        }

        var name = contact.Name;
        RowVersion.Expect(db, contact, Version);
        employer.RemoveContact(key);
        audit.Record(AuditAction.Update, EmployerChanges.RecordType, EmployerChanges.RecordId(id), reason: $"contact-removed: {key}");
        if (await RowVersion.TrySaveAsync(db) == SaveOutcome.Stale)
        {
            db.ChangeTracker.Clear();
            if (await ContactFields.EmployerWithContactsAsync(db, id) is not { } current || Find(current, key) is not { } changed)
            {
                TempData["Status"] = t["Employers.Contacts.RemovedMeanwhile"].Value;
                return RedirectToPage("/Employers/Details", null, new { id }, "contacts");
            }

            Show(current, changed);
            ModelState.AddModelError(string.Empty, t["Error.Concurrency"]);
            return Page();
        }

        TempData["Status"] = t["Employers.Contacts.Removed", name].Value;
        return RedirectToPage("/Employers/Details", null, new { id }, "contacts");
    }

    private static EmployerContact? Find(Employer employer, Guid key) => employer.Contacts.FirstOrDefault(c => c.Key == key);

    private void Show(Employer employer, EmployerContact contact)
    {
        (EmployerId, EmployerName, Contact) = (employer.Id, employer.Name, contact);
        Version = RowVersion.Of(db, contact);
    }
}
