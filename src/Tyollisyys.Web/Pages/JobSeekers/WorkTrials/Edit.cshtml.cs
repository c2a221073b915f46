using System.Globalization;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
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
/// Edits a draft agreement (the domain allows no other status to change). A change of any term clears the
/// signatures given so far, and the page says so. The limits are checked as on drafting, leaving the trial itself
/// out (<see cref="WorkTrialDrafts"/>); a form loaded before someone else's save is refused and the input kept.
/// </summary>
public sealed class EditModel(AppDbContext db, AuditLog audit, IValidator<WorkTrialInput> validator, IStringLocalizer<SharedResource> t) : PageModel
{
    private const string Form = "work-trial-edit-form";

    [BindProperty]
    public WorkTrialInput Input { get; set; } = new();

    /// <summary>The agreement row's version the form was read from.</summary>
    [BindProperty]
    public uint RowVersion { get; set; }

    public JobSeeker Client { get; private set; } = null!;

    public WorkTrialAgreement Trial { get; private set; } = null!;

    public IReadOnlyList<EmployerOption> Organisers { get; private set; } = [];

    /// <summary>Whether a party has signed the saved draft: saving a change clears those signatures.</summary>
    public bool HasSignatures { get; private set; }

    public static string PathOf(long clientId, long trialId) => DetailsModel.PathOf(clientId, trialId) + "/Edit";

    public async Task<IActionResult> OnGetAsync(long id, long trialId)
    {
        if (!await FindAsync(id, trialId))
        {
            return NotFound();
        }

        if (Trial.Status != WorkTrialStatus.Draft)
        {
            return LocalRedirect(DetailsModel.PathOf(id, trialId));
        }

        Input = WorkTrialInput.From(Trial);
        RowVersion = Data.RowVersion.Of(db, Trial);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long id, long trialId)
    {
        ModelState.Clear();
        if (!await FindAsync(id, trialId))
        {
            return NotFound();
        }

        if (!validator.Validate(Input).IsValidInto(ModelState, nameof(Input)))
        {
            return Page();
        }

        if (await WorkTrialDrafts.OrganiserTypeAsync(db, Input.OrganiserId!.Value) is not { } organiserType)
        {
            ModelState.AddModelError("Input.OrganiserId", t["WorkTrials.Form.OrganiserRequired"]);
            return Page();
        }

        await using var transaction = await db.Database.BeginTransactionAsync();
        try
        {
            await WorkTrialDrafts.LockPersonAsync(db, Client.Id);
            Data.RowVersion.Expect(db, Trial, RowVersion);
            Trial.UpdateDraft(Input.OrganiserId.Value, organiserType, Input.Goal!.Value, Input.ToDetails());
            await WorkTrialDrafts.CheckLimitsAsync(db, Trial);
            var cleared = HasSignatures && !SignedByAnyone(Trial);
            audit.Record(
                AuditAction.Update,
                NewModel.RecordType,
                Trial.Id.ToString(CultureInfo.InvariantCulture),
                clientId: Client.Id,
                reason: cleared ? "work-trial-draft-updated; signatures-cleared" : "work-trial-draft-updated");
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
            TempData["Status"] = t[cleared ? "WorkTrials.Edit.DoneSignaturesCleared" : "WorkTrials.Edit.Done"].Value;
            return LocalRedirect(DetailsModel.PathOf(id, trialId));
        }
        catch (DomainException ex)
        {
            ModelState.AddDomainError(t, ex);
            return Page();
        }
        catch (DbUpdateConcurrencyException)
        {
            await transaction.RollbackAsync();
            db.ChangeTracker.Clear();
            await audit.RecordAndSaveAsync(
                AuditAction.Update,
                NewModel.RecordType,
                trialId.ToString(CultureInfo.InvariantCulture),
                clientId: Client.Id,
                outcome: AuditOutcome.Failure,
                reason: "concurrency-conflict: work-trial-draft-updated");
            ModelState.AddModelError(string.Empty, t["Error.Concurrency"]);
            var current = await db.WorkTrials.SingleAsync(w => w.Id == trialId);
            (Trial, HasSignatures, RowVersion) = (current, SignedByAnyone(current), Data.RowVersion.Of(db, current));
            return Page();
        }
    }

    private async Task<bool> FindAsync(long id, long trialId)
    {
        if (await db.ViewVisibleAsync(audit, User, id, Form) is not { } client
            || await db.WorkTrials.FirstOrDefaultAsync(w => w.Id == trialId && w.JobSeekerId == client.Id) is not { } trial)
        {
            return false;
        }

        Client = client;
        Trial = trial;
        HasSignatures = SignedByAnyone(trial);
        Organisers = await EmployerOptions.OrganisationsAsync(db, trial.OrganiserId);
        return true;
    }

    private static bool SignedByAnyone(WorkTrialAgreement trial) => Enum.GetValues<WorkTrialParty>().Any(trial.IsSignedBy);
}
