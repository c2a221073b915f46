using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tyollisyys.Domain.Employers;
using System.Globalization;
using Tyollisyys.Web.Data;
using Tyollisyys.Web.Infrastructure.Access;
using Tyollisyys.Web.Infrastructure.Audit;
using Tyollisyys.Web.Pages.JobSeekers.Kuntalisa;
using Tyollisyys.Web.Infrastructure.Localization;

namespace Tyollisyys.Web.Pages.Employers;

/// <summary>
/// The employer page: details, contact persons and de minimis declarations with today's rolling total and
/// headroom, and the employer's kuntalisä decisions for the clients the user may see. Employers are not client
/// data; the decisions' list is, so each client shown in it gets a view row in the audit trail.
/// </summary>
public sealed class DetailsModel(AppDbContext db, AuditLog audit, TimeProvider clock) : PageModel
{
    public Employer Employer { get; private set; } = null!;

    public DateOnly Today { get; private set; }

    public DeMinimis DeMinimis => Employer.DeMinimis;

    /// <summary>The declarations, newest aid first.</summary>
    public IReadOnlyList<DeMinimisDeclaration> Declarations { get; private set; } = [];

    public IReadOnlyList<DecisionRow> Decisions { get; private set; } = [];

    public IReadOnlyList<OrganisedTrial> Trials { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await LoadAsync(db, id) is not { } employer)
        {
            return NotFound();
        }

        Employer = employer;
        Today = clock.FinnishToday();
        Declarations = [.. employer.DeMinimisDeclarations.OrderByDescending(d => d.AidDate).ThenByDescending(d => d.Id)];
        var visible = db.JobSeekers.VisibleTo(User);
        Decisions = await DecisionRows.ListAsync(db, db.KuntalisaDecisions.Where(d => d.EmployerId == id && visible.Any(j => j.Id == d.JobSeekerId)));
        foreach (var clientId in Decisions.Select(d => d.ClientId).Distinct())
        {
            audit.Record(AuditAction.View, "Employer", id.ToString(CultureInfo.InvariantCulture), clientId: clientId, reason: "employer-kuntalisa-decisions");
        }

        Trials = await db.WorkTrials.AsNoTracking()
            .Where(w => w.OrganiserId == id && visible.Any(j => j.Id == w.JobSeekerId))
            .OrderByDescending(w => w.StartDate).ThenByDescending(w => w.Id)
            .Take(100)
            .Select(w => new OrganisedTrial(
                w.Id,
                w.JobSeekerId,
                db.JobSeekers.Where(j => j.Id == w.JobSeekerId).Select(j => j.LastName + ", " + j.FirstNames).First(),
                w.StartDate,
                w.EndDate,
                w.Status))
            .ToListAsync();
        foreach (var clientId in Trials.Select(w => w.ClientId).Distinct())
        {
            audit.Record(AuditAction.View, "Employer", id.ToString(CultureInfo.InvariantCulture), clientId: clientId, reason: "employer-work-trials");
        }

        await db.SaveChangesAsync();
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

/// <summary>A work trial the employer organises, as its page lists it.</summary>
public sealed record OrganisedTrial(long Id, long ClientId, string ClientName, DateOnly StartDate, DateOnly EndDate, Tyollisyys.Domain.WorkTrials.WorkTrialStatus Status);
