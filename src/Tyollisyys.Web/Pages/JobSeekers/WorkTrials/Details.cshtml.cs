using System.Globalization;
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

namespace Tyollisyys.Web.Pages.JobSeekers.WorkTrials;

/// <summary>One work trial: the agreement, its signatures (recorded here), the start, the follow-up contacts and the follow-up due items.</summary>
public sealed class DetailsModel(AppDbContext db, AuditLog audit, TimeProvider clock, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty]
    public uint RowVersion { get; set; }

    [BindProperty]
    public WorkTrialParty Party { get; set; }

    [BindProperty]
    public DateOnly? SignedOn { get; set; }

    [BindProperty]
    public ContactInput Contact { get; set; } = new();

    [BindProperty]
    public EndInput End { get; set; } = new();

    public JobSeeker Client { get; private set; } = null!;

    public WorkTrialAgreement Trial { get; private set; } = null!;

    public string OrganiserName { get; private set; } = string.Empty;

    public FollowUpItems FollowUp { get; private set; } = null!;

    public DateOnly Today { get; private set; }

    public static string PathOf(long clientId, long trialId) =>
        string.Create(CultureInfo.InvariantCulture, $"/JobSeekers/{clientId}/WorkTrials/{trialId}");

    public async Task<IActionResult> OnGetAsync(long id, long trialId)
    {
        if (!await FindAsync(id, trialId))
        {
            return NotFound();
        }

        await audit.RecordAndSaveAsync(AuditAction.View, NewModel.RecordType, Trial.Id.ToString(CultureInfo.InvariantCulture), clientId: Client.Id, reason: "work-trial");
        Contact.Date = Today;
        End.Date = Today;
        return Page();
    }

    public Task<IActionResult> OnPostSignAsync(long id, long trialId) =>
        ChangeAsync(id, trialId, trial => trial.Sign(Party, SignedOn ?? Today), "work-trial-signed", "WorkTrials.Details.Signed");

    public Task<IActionResult> OnPostStartAsync(long id, long trialId) =>
        ChangeAsync(id, trialId, trial => trial.Start(Today), "work-trial-started", "WorkTrials.Details.Started");

    public Task<IActionResult> OnPostContactAsync(long id, long trialId) =>
        ChangeAsync(
            id,
            trialId,
            trial => trial.LogContact(Contact.Date ?? Today, Contact.Channel, Contact.WithWhom ?? string.Empty, Contact.Notes, Contact.Kind),
            "work-trial-contact",
            "WorkTrials.Details.ContactLogged");

    public Task<IActionResult> OnPostCompleteAsync(long id, long trialId) =>
        ChangeAsync(
            id,
            trialId,
            trial => trial.Complete(End.Outcome ?? WorkTrialOutcome.None, End.Date ?? Today, End.Text ?? string.Empty),
            "work-trial-completed",
            "WorkTrials.Details.Completed");

    public Task<IActionResult> OnPostInterruptAsync(long id, long trialId) =>
        ChangeAsync(id, trialId, trial => trial.Interrupt(End.Date ?? Today, End.Text ?? string.Empty), "work-trial-interrupted", "WorkTrials.Details.Interrupted");

    private async Task<IActionResult> ChangeAsync(long id, long trialId, Action<WorkTrialAgreement> change, string reason, string doneKey)
    {
        ModelState.Clear();
        var posted = RowVersion;
        if (!await FindAsync(id, trialId))
        {
            return NotFound();
        }

        try
        {
            db.Entry(Trial).Property<uint>("xmin").OriginalValue = posted;
            change(Trial);
            // A contact adds a row only: touch the agreement so its row version guards the whole change.
            db.Entry(Trial).Property(t => t.Status).IsModified = true;
            audit.Record(AuditAction.Update, NewModel.RecordType, Trial.Id.ToString(CultureInfo.InvariantCulture), clientId: Client.Id, reason: reason);
            await db.SaveChangesAsync();
        }
        catch (DomainException ex)
        {
            ModelState.AddDomainError(t, ex);
            db.ChangeTracker.Clear();
            await FindAsync(id, trialId);
            return Page();
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(string.Empty, t["Error.Concurrency"]);
            db.ChangeTracker.Clear();
            await FindAsync(id, trialId);
            return Page();
        }

        TempData["Status"] = t[doneKey].Value;
        return LocalRedirect(PathOf(id, trialId));
    }

    private async Task<bool> FindAsync(long id, long trialId)
    {
        if (await db.FindVisibleAsync(audit, User, id) is not { } client)
        {
            return false;
        }

        var trial = await db.WorkTrials.Include(w => w.Contacts).Include(w => w.Attendance).AsSplitQuery()
            .FirstOrDefaultAsync(w => w.Id == trialId && w.JobSeekerId == client.Id);
        if (trial is null)
        {
            return false;
        }

        Client = client;
        Trial = trial;
        Today = clock.FinnishToday();
        OrganiserName = await db.Employers.Where(e => e.Id == trial.OrganiserId).Select(e => e.Name).SingleAsync();
        FollowUp = Domain.WorkTrials.FollowUp.DueItems(trial, FollowUpRule.Default, Today);
        RowVersion = db.Entry(trial).Property<uint>("xmin").CurrentValue;
        return true;
    }

    /// <summary>Completing (outcome, closing summary) or interrupting (last day, reason): a date and a text.</summary>
    public sealed class EndInput
    {
        public DateOnly? Date { get; set; }

        public WorkTrialOutcome? Outcome { get; set; }

        public string? Text { get; set; }
    }

    public sealed class ContactInput
    {
        public DateOnly? Date { get; set; }

        public ContactChannel Channel { get; set; } = ContactChannel.Phone;

        public string? WithWhom { get; set; }

        public string? Notes { get; set; }

        public WorkTrialContactKind Kind { get; set; } = WorkTrialContactKind.Regular;
    }
}
