using System.Globalization;
using FluentValidation;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tyollisyys.Domain.Common;
using Tyollisyys.Domain.JobSeekers;
using Tyollisyys.Domain.WorkTrials;
using Tyollisyys.Web.Data;
using Tyollisyys.Web.Infrastructure.Audit;
using Tyollisyys.Web.Infrastructure.Localization;
using Tyollisyys.Web.Infrastructure.Validation;
using Tyollisyys.Web.Pages.Employers;

namespace Tyollisyys.Web.Pages.JobSeekers.WorkTrials;

/// <summary>
/// Drafts a work-trial agreement, or the continuation of an interrupted one at another workplace. The limits are
/// checked as <see cref="WorkTrialDrafts"/> describes.
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

        var organiserType = await WorkTrialDrafts.OrganiserTypeAsync(db, Input.OrganiserId!.Value);
        if (organiserType is null)
        {
            ModelState.AddModelError("Input.OrganiserId", t["WorkTrials.Form.OrganiserRequired"]);
            return Page();
        }

        await using var transaction = await db.Database.BeginTransactionAsync();
        try
        {
            await WorkTrialDrafts.LockPersonAsync(db, client.Id);
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

            await WorkTrialDrafts.CheckLimitsAsync(db, trial);
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
