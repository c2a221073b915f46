using System.Globalization;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Tyollisyys.Domain.Capacity;
using Tyollisyys.Domain.Common;
using Tyollisyys.Web.Data;
using Tyollisyys.Web.Infrastructure.Audit;
using Tyollisyys.Web.Infrastructure.Localization;
using Tyollisyys.Web.Infrastructure.Validation;

namespace Tyollisyys.Web.Pages.Admin.CapacityDomains;

/// <summary>Renames, reorders, deactivates or reactivates a domain under its row version. There is no delete.</summary>
public sealed class EditModel(AppDbContext db, AuditLog audit, IValidator<CapacityDomainFields> validator, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty]
    public CapacityDomainFields Input { get; set; } = new();

    public CapacityDomain Domain { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await db.CapacityDomains.FindAsync(id) is not { } domain)
        {
            return NotFound();
        }

        Show(domain);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (await db.CapacityDomains.FindAsync(id) is not { } domain)
        {
            return NotFound();
        }

        Domain = domain;
        Input.Code = domain.Code;
        if (!validator.Validate(Input).IsValidInto(ModelState, nameof(Input)))
        {
            return Page();
        }

        try
        {
            domain.Rename(Input.NameFi!, Input.NameSv!, Input.NameEn!, Input.Ordinal!.Value);
        }
        catch (DomainException ex)
        {
            ModelState.AddDomainError(t, ex);
            return Page();
        }

        if (Input.IsActive)
        {
            domain.Activate();
        }
        else
        {
            domain.Deactivate();
        }

        audit.Record(AuditAction.Update, "CapacityDomain", id.ToString(CultureInfo.InvariantCulture), reason: Input.IsActive ? "details" : "details-inactive");
        return await this.SaveAsync(
            db,
            t,
            domain,
            Input.Version,
            t["Admin.CapacityDomains.Saved", domain.NameFi].Value,
            "/Admin/CapacityDomains/Index",
            Show);
    }

    private void Show(CapacityDomain domain)
    {
        Domain = domain;
        Input = CapacityDomainFields.From(domain, RowVersion.Of(db, domain));
    }
}
