using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tyollisyys.Domain.Employers;
using Tyollisyys.Web.Data;
using Tyollisyys.Web.Infrastructure.Localization;

namespace Tyollisyys.Web.Pages.Employers;

/// <summary>
/// The employer page: details, contact persons and de minimis declarations with today's rolling total and
/// headroom. Employers are not client data, so reading the page is not audited; every change is.
/// </summary>
public sealed class DetailsModel(AppDbContext db, TimeProvider clock) : PageModel
{
    public Employer Employer { get; private set; } = null!;

    public DateOnly Today { get; private set; }

    public DeMinimis DeMinimis => Employer.DeMinimis;

    /// <summary>The declarations, newest aid first.</summary>
    public IReadOnlyList<DeMinimisDeclaration> Declarations { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await LoadAsync(db, id) is not { } employer)
        {
            return NotFound();
        }

        Employer = employer;
        Today = clock.FinnishToday();
        Declarations = [.. employer.DeMinimisDeclarations.OrderByDescending(d => d.AidDate).ThenByDescending(d => d.Id)];
        return Page();
    }

    /// <summary>Whether aid of this date still counts in today's rolling three years.</summary>
    public bool Counts(DeMinimisDeclaration declaration) =>
        declaration.AidDate >= DeMinimis.WindowStart(Today) && declaration.AidDate <= Today;

    /// <summary>The employer with its contacts and declarations, read-only, in two queries (no cartesian product).</summary>
    public static Task<Employer?> LoadAsync(AppDbContext db, int id) =>
        db.Employers.AsNoTracking()
            .Include(e => e.Contacts)
            .Include(e => e.DeMinimisDeclarations)
            .AsSplitQuery()
            .SingleOrDefaultAsync(e => e.Id == id);
}
