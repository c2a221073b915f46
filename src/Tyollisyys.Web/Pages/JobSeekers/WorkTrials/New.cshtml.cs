using System.Globalization;
using FluentValidation;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tyollisyys.Domain.Common;
using Tyollisyys.Domain.Employers;
using Tyollisyys.Domain.JobSeekers;
using Tyollisyys.Domain.WorkTrials;
using Tyollisyys.Web.Data;
using Tyollisyys.Web.Infrastructure.Audit;
using Tyollisyys.Web.Infrastructure.Localization;
using Tyollisyys.Web.Infrastructure.Validation;
using Tyollisyys.Web.Pages.Employers;

namespace Tyollisyys.Web.Pages.JobSeekers.WorkTrials;

/// <summary>
/// Drafts a work-trial agreement. The limits (6 months with one organiser, 12 in all, no overlap) are checked against
/// the person's saved trials inside the saving transaction, under a per-person advisory lock, so two drafts saved at once
/// cannot together pass them.
/// </summary>
public sealed class NewModel(AppDbContext db, AuditLog audit, IValidator<WorkTrialInput> validator, IStringLocalizer<SharedResource> t) : PageModel
{
    public const string RecordType = "WorkTrial";

    [BindProperty]
    public WorkTrialInput Input { get; set; } = new();

    public JobSeeker Client { get; private set; } = null!;

    public IReadOnlyList<EmployerOption> Organisers { get; private set; } = [];

    /// <summary>The interrupted trial this one continues at another workplace, if any (query "continues").</summary>
    [BindProperty(SupportsGet = true)]
    public long? Continues { get; set; }

    public async Task<IActionResult> OnGetAsync(long id)
    {
        if (await db.ViewVisibleAsync(audit, User, id, "work-trial-form") is not { } client)
        {
            return NotFound();
        }

        Client = client;
        Organisers = await EmployerOptions.OrganisationsAsync(db);
        Input.DaysPerWeek = 5;
        Input.HoursPerDay = "6";
        if (Continues is { } previousId)
        {
            if (await db.WorkTrials.AsNoTracking().FirstOrDefaultAsync(w => w.Id == previousId && w.JobSeekerId == client.Id) is not { } previous)
            {
                return NotFound();
            }

            Input.Goal = previous.Goal;
            Input.StartDate = previous.EffectiveEnd.AddDays(1);
            Input.EndDate = previous.EndDate;
            Input.DaysPerWeek = previous.DaysPerWeek;
            Input.HoursPerDay = FinnishDecimal.ForInput(previous.HoursPerDay);
            Input.Tasks = previous.Tasks;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long id)
    {
        ModelState.Clear();
        if (await db.ViewVisibleAsync(audit, User, id, "work-trial-form") is not { } client)
        {
            return NotFound();
        }

        Client = client;
        Organisers = await EmployerOptions.OrganisationsAsync(db);
        if (!validator.Validate(Input).IsValidInto(ModelState, nameof(Input)))
        {
            return Page();
        }

        var organiserType = await db.Employers.Where(e => e.Id == Input.OrganiserId).Select(e => (EmployerType?)e.Type).SingleOrDefaultAsync();
        if (organiserType is null)
        {
            ModelState.AddModelError("Input.OrganiserId", t["WorkTrials.Form.OrganiserRequired"]);
            return Page();
        }

        await using var transaction = await db.Database.BeginTransactionAsync();
        try
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtext('work-trials'), {(int)(client.Id % int.MaxValue)})");
            WorkTrialAgreement trial;
            if (Continues is { } previousId)
            {
                var previous = await db.WorkTrials.AsNoTracking().FirstOrDefaultAsync(w => w.Id == previousId && w.JobSeekerId == client.Id);
                if (previous is null)
                {
                    return NotFound();
                }

                if (await db.WorkTrials.AnyAsync(w => w.ContinuesTrialId == previousId))
                {
                    ModelState.AddModelError(string.Empty, t["WorkTrials.New.AlreadyContinued"]);
                    return Page();
                }

                trial = previous.ContinueAfterInterruption(Input.OrganiserId!.Value, organiserType.Value, Input.ToDetails());
            }
            else
            {
                trial = WorkTrialAgreement.Draft(client.Id, Input.OrganiserId!.Value, organiserType.Value, Input.Goal!.Value, Input.ToDetails());
            }

            var persons = await db.WorkTrials.AsNoTracking().Where(w => w.JobSeekerId == client.Id).ToListAsync();
            WorkTrialLimits.Check(trial, persons);
            db.WorkTrials.Add(trial);
            await db.SaveChangesAsync();
            audit.Record(AuditAction.Create, RecordType, trial.Id.ToString(CultureInfo.InvariantCulture), clientId: client.Id, reason: Continues is null ? "work-trial-drafted" : "work-trial-continued");
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
            TempData["Status"] = t["WorkTrials.New.Done"].Value;
            return LocalRedirect(DetailsModel.PathOf(client.Id, trial.Id));
        }
        catch (DomainException ex)
        {
            ModelState.AddDomainError(t, ex);
            return Page();
        }
    }
}
