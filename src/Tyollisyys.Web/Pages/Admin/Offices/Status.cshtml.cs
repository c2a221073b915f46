using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tyollisyys.Domain.Common;
using Tyollisyys.Domain.Organisation;
using Tyollisyys.Web.Data;
using Tyollisyys.Web.Infrastructure.Audit;
using Tyollisyys.Web.Infrastructure.Localization;

namespace Tyollisyys.Web.Pages.Admin.Offices;

/// <summary>Closes an office (refused while it has active staff) or reopens it, after a confirmation.</summary>
public sealed class StatusModel(AppDbContext db, AuditLog audit, IStringLocalizer<SharedResource> t) : PageModel
{
    public Office Office { get; private set; } = null!;

    /// <summary>What the confirmation asks for; posted back so a repeated POST cannot flip the state twice.</summary>
    [BindProperty]
    public bool Reopen { get; set; }

    [BindProperty]
    public uint Version { get; set; }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var office = await db.Offices.FindAsync(id);
        if (office is null)
        {
            return NotFound();
        }

        Show(office);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        var office = await db.Offices.FindAsync(id);
        if (office is null)
        {
            return NotFound();
        }

        Office = office;
        if (office.IsActive == Reopen)
        {
            return Done(office);
        }

        try
        {
            if (Reopen)
            {
                office.Reopen();
            }
            else
            {
                office.Close(await db.Users.CountAsync(u => u.OfficeId == id && u.IsActive));
            }
        }
        catch (DomainException ex)
        {
            ModelState.AddDomainError(t, ex);
            return Page();
        }

        RowVersion.Expect(db, office, Version);
        audit.Record(AuditAction.Update, "Office", id.ToString(CultureInfo.InvariantCulture), reason: Reopen ? "reopened" : "closed");
        if (await RowVersion.TrySaveAsync(db) != SaveOutcome.Saved)
        {
            db.ChangeTracker.Clear();
            ModelState.AddModelError(string.Empty, t["Error.Concurrency"]);
            Show((await db.Offices.FindAsync(id))!);
            return Page();
        }

        return Done(office);
    }

    private void Show(Office office)
    {
        Office = office;
        Reopen = !office.IsActive;
        Version = RowVersion.Of(db, office);
        ModelState.Remove(nameof(Reopen));
        ModelState.Remove(nameof(Version));
    }

    private RedirectToPageResult Done(Office office)
    {
        TempData["Status"] = t[office.IsActive ? "Admin.Offices.Reopened" : "Admin.Offices.Closed", office.Name].Value;
        return RedirectToPage("/Admin/Offices/Index");
    }
}
