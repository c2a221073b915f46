using Microsoft.EntityFrameworkCore;
using Tyollisyys.Domain.Employers;
using Tyollisyys.Domain.WorkTrials;
using Tyollisyys.Web.Data;

namespace Tyollisyys.Web.Pages.JobSeekers.WorkTrials;

/// <summary>
/// What saving a draft agreement needs, whether it is new (New) or edited (Edit): the organiser's type from the
/// registry, and the limits (6 months with one organiser, 12 in all, no overlap) checked against the person's saved
/// trials inside the saving transaction, under a per-person advisory lock, so two drafts saved at once cannot
/// together pass them.
/// </summary>
internal static class WorkTrialDrafts
{
    /// <summary>The organiser's type, or null when no such employer is in the registry.</summary>
    public static Task<EmployerType?> OrganiserTypeAsync(AppDbContext db, int organiserId) =>
        db.Employers.Where(e => e.Id == organiserId).Select(e => (EmployerType?)e.Type).SingleOrDefaultAsync();

    /// <summary>Takes the person's lock until the transaction ends; call first inside the saving transaction.</summary>
    public static Task LockPersonAsync(AppDbContext db, long clientId) =>
        db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtext('work-trials'), {(int)(clientId % int.MaxValue)})");

    /// <summary>Refuses the draft (a <see cref="Domain.Common.DomainException"/> naming the numbers) if it breaks a limit; the trial itself is left out of the others.</summary>
    public static async Task CheckLimitsAsync(AppDbContext db, WorkTrialAgreement trial)
    {
        var persons = await db.WorkTrials.AsNoTracking().Where(w => w.JobSeekerId == trial.JobSeekerId).ToListAsync();
        WorkTrialLimits.Check(trial, persons);
    }
}
