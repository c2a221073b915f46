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

namespace Tyollisyys.Web.Pages.Employers;

/// <summary>
/// Edits an employer's details and its active state, under the row version the form was loaded with: a save over
/// someone else's change is refused and the form shows what the record holds now. Every change is audited with
/// the names of the fields it changed.
/// </summary>
public sealed class EditModel(AppDbContext db, AuditLog audit, IValidator<EmployerFields> validator, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty]
    public EmployerFields Input { get; set; } = new();

    public int EmployerId { get; private set; }

    public string EmployerName { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await db.Employers.FindAsync(id) is not { } employer)
        {
            return NotFound();
        }

        Show(employer);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        ModelState.Clear();
        if (await db.Employers.FindAsync(id) is not { } employer)
        {
            return NotFound();
        }

        EmployerId = employer.Id;
        EmployerName = employer.Name;
        if (!validator.Validate(Input).IsValidInto(ModelState, nameof(Input)))
        {
            return Page();
        }

        if (Input.ParsedBusinessId() is { } businessId && await RefuseDuplicateAsync(businessId, id))
        {
            return Page();
        }

        var before = EmployerFields.From(employer, Input.Version);
        try
        {
            employer.UpdateDetails(Input.ToDetails());
            if (Input.IsActive && !employer.IsActive)
            {
                employer.Reactivate();
            }
            else if (!Input.IsActive && employer.IsActive)
            {
                employer.Deactivate();
            }
        }
        catch (DomainException ex)
        {
            ModelState.AddDomainError(t, ex);
            return Page();
        }

        var changes = EmployerChanges.Describe(before, EmployerFields.From(employer, Input.Version));
        if (changes is not null)
        {
            audit.Record(AuditAction.Update, EmployerChanges.RecordType, EmployerChanges.RecordId(id), reason: changes);
        }

        RowVersion.Expect(db, employer, Input.Version);
        switch (await RowVersion.TrySaveAsync(db))
        {
            case SaveOutcome.Stale:
                // Nothing of this edit is saved; the form shows what the record holds now, to redo the change knowingly.
                db.ChangeTracker.Clear();
                if (await db.Employers.FindAsync(id) is not { } current)
                {
                    return NotFound();
                }

                Show(current);
                ModelState.AddModelError(string.Empty, t["Error.Concurrency"]);
                return Page();
            case SaveOutcome.Duplicate:
                // The business ID was taken between our check and our save; the user's input stays.
                db.ChangeTracker.Clear();
                await RefuseDuplicateAsync(employer.BusinessId!, id);
                return Page();
        }

        TempData["Status"] = changes is null ? t["Employers.Edit.NoChanges"].Value : t["Employers.Edit.Done", employer.Name].Value;
        return RedirectToPage("/Employers/Details", new { id });
    }

    private void Show(Employer employer)
    {
        EmployerId = employer.Id;
        EmployerName = employer.Name;
        Input = EmployerFields.From(employer, RowVersion.Of(db, employer));
    }

    private async Task<bool> RefuseDuplicateAsync(BusinessId businessId, int id)
    {
        if (await EmployerChanges.HolderOfAsync(db, businessId, id) is not { } existing)
        {
            return false;
        }

        ViewData["DuplicateEmployerId"] = existing;
        ModelState.AddModelError($"{nameof(Input)}.{nameof(EmployerFields.BusinessId)}", t["Employers.New.Duplicate", businessId.Value]);
        return true;
    }
}
