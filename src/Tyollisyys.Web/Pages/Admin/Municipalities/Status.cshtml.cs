using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Tyollisyys.Domain.Organisation;
using Tyollisyys.Web.Data;
using Tyollisyys.Web.Infrastructure.Audit;
using Tyollisyys.Web.Infrastructure.Localization;

namespace Tyollisyys.Web.Pages.Admin.Municipalities;

/// <summary>Closes or reopens a municipality after a confirmation. Municipalities are never deleted.</summary>
public sealed class StatusModel(AppDbContext db, AuditLog audit, IStringLocalizer<SharedResource> t) : PageModel
{
    public Municipality Municipality { get; private set; } = null!;

    /// <summary>What the confirmation asks for; posted back so a repeated POST cannot flip the state twice.</summary>
    [BindProperty]
    public bool Reopen { get; set; }

    [BindProperty]
    public uint Version { get; set; }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var municipality = await db.Municipalities.FindAsync(id);
        if (municipality is null)
        {
            return NotFound();
        }

        Show(municipality);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        var municipality = await db.Municipalities.FindAsync(id);
        if (municipality is null)
        {
            return NotFound();
        }

        Municipality = municipality;
        if (municipality.IsActive == Reopen)
        {
            return Done(municipality);
        }

        if (Reopen)
        {
            municipality.Reopen();
        }
        else
        {
            municipality.Close();
        }

        RowVersion.Expect(db, municipality, Version);
        audit.Record(AuditAction.Update, "Municipality", id.ToString(CultureInfo.InvariantCulture), reason: Reopen ? "reopened" : "closed");
        if (await RowVersion.TrySaveAsync(db) != SaveOutcome.Saved)
        {
            db.ChangeTracker.Clear();
            ModelState.AddModelError(string.Empty, t["Error.Concurrency"]);
            Show((await db.Municipalities.FindAsync(id))!);
            return Page();
        }

        return Done(municipality);
    }

    private void Show(Municipality municipality)
    {
        Municipality = municipality;
        Reopen = !municipality.IsActive;
        Version = RowVersion.Of(db, municipality);
        ModelState.Remove(nameof(Reopen));
        ModelState.Remove(nameof(Version));
    }

    private RedirectToPageResult Done(Municipality municipality)
    {
        TempData["Status"] = t[municipality.IsActive ? "Admin.Municipalities.Reopened" : "Admin.Municipalities.Closed", municipality.NameFi].Value;
        return RedirectToPage("/Admin/Municipalities/Index");
    }
}
