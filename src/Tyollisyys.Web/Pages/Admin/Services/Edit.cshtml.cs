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

/// <summary>Edits a service's names and provider, and deactivates or reactivates it; a stale form is refused.</summary>
public sealed class EditModel(AppDbContext db, AuditLog audit, IValidator<ServiceFields> validator, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty]
    public ServiceFields Input { get; set; } = new();

    public ServiceOffering Service { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await db.ServiceOfferings.FindAsync(id) is not { } service)
        {
            return NotFound();
        }

        Show(service);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (await db.ServiceOfferings.FindAsync(id) is not { } service)
        {
            return NotFound();
        }

        Service = service;
        if (!validator.Validate(Input).IsValidInto(ModelState, nameof(Input)))
        {
            return Page();
        }

        var wasActive = service.IsActive;
        try
        {
            service.Update(Input.NameFi!, Input.NameSv!, Input.NameEn!, Input.Provider);
        }
        catch (DomainException ex)
        {
            ModelState.AddDomainError(t, ex);
            return Page();
        }

        if (Input.IsActive && !wasActive)
        {
            service.Reactivate();
        }
        else if (!Input.IsActive && wasActive)
        {
            service.Deactivate();
        }

        var reason = Input.IsActive == wasActive ? "details" : Input.IsActive ? "reactivated" : "deactivated";
        audit.Record(AuditAction.Update, "ServiceOffering", id.ToString(CultureInfo.InvariantCulture), reason: reason);
        return await this.SaveAsync(
            db,
            t,
            service,
            Input.Version,
            t["Admin.Services.Saved", service.NameFi].Value,
            "/Admin/Services/Index",
            Show,
            ("Input.NameFi", t["Admin.Services.DuplicateName", Input.NameFi!.Trim()].Value));
    }

    private void Show(ServiceOffering service)
    {
        Service = service;
        Input = ServiceFields.From(service, RowVersion.Of(db, service));
    }
}
