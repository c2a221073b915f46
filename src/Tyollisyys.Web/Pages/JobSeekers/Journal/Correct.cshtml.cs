using System.Globalization;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tyollisyys.Domain.Common;
using Tyollisyys.Domain.JobSeekers;
using Tyollisyys.Domain.Journal;
using Tyollisyys.Web.Data;
using Tyollisyys.Web.Infrastructure.Access;
using Tyollisyys.Web.Infrastructure.Audit;
using Tyollisyys.Web.Infrastructure.Auth;
using Tyollisyys.Web.Infrastructure.Localization;
using Tyollisyys.Web.Infrastructure.Validation;

namespace Tyollisyys.Web.Pages.JobSeekers.Journal;

/// <summary>
/// Corrects a journal entry by adding its next version. The form carries the version it was based on; if
/// someone added that next version meanwhile, the unique (series_id, version) index refuses the insert and
/// the user sees the other correction beside their own input, which is kept.
/// </summary>
public sealed class CorrectModel(
    AppDbContext db,
    AuditLog audit,
    TimeProvider clock,
    IValidator<JournalCorrectionInput> validator,
    IStringLocalizer<SharedResource> t) : PageModel
{
    private const string Change = "journal-entry-corrected";

    [BindProperty]
    public JournalCorrectionInput Input { get; set; } = new();

    public JobSeeker Client { get; private set; } = null!;

    public long EntryId { get; private set; }

    /// <summary>After a refused correction: the version someone else saved meanwhile (its text null if hidden).</summary>
    public JournalRow? Theirs { get; private set; }

    private bool MaySeeSensitive => User.MaySeeSensitive(Client.CounsellorId);

    public async Task<IActionResult> OnGetAsync(long id, long entryId)
    {
        if (await db.FindVisibleAsync(audit, User, id) is not { } client)
        {
            return NotFound();
        }

        Client = client;
        if (await SeriesAsync(entryId) is not { Count: > 0 } series)
        {
            return NotFound();
        }

        var current = series[^1];
        if (current.ContainsHealthInformation && !MaySeeSensitive)
        {
            return await DeniedAsync(current);
        }

        EntryId = current.Id;
        JournalEntryInput.CopyFrom(Input, current);
        Input.BasedOnVersion = current.Version;
        RecordView(current);
        await db.SaveChangesAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long id, long entryId)
    {
        ModelState.Clear();
        if (await db.FindVisibleAsync(audit, User, id) is not { } client)
        {
            return NotFound();
        }

        Client = client;
        var series = await SeriesAsync(entryId);
        if (series.FirstOrDefault(e => e.Version == Input.BasedOnVersion) is not { } basedOn)
        {
            return NotFound();
        }

        if (basedOn.ContainsHealthInformation && !MaySeeSensitive)
        {
            return await DeniedAsync(basedOn);
        }

        EntryId = basedOn.Id;
        RecordView(null);
        if (!validator.Validate(Input).IsValidInto(ModelState, nameof(Input)))
        {
            await db.SaveChangesAsync();
            return Page();
        }

        JournalEntry correction;
        try
        {
            correction = basedOn.Correct(
                Input.Type!.Value, Input.Channel, Input.OccurredOn!.Value, Input.Text!, Input.ContainsHealthInformation, Input.CorrectionReason!,
                User.UserId()!.Value, clock.GetUtcNow(), clock.FinnishToday());
        }
        catch (DomainException ex)
        {
            ModelState.AddDomainError(t, ex, $"{nameof(Input)}.{nameof(Input.Channel)}");
            await db.SaveChangesAsync();
            return Page();
        }

        await using var transaction = await db.Database.BeginTransactionAsync();
        db.JournalEntries.Add(correction);
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException ex) when (RowVersion.IsUniqueViolation(ex))
        {
            await transaction.RollbackAsync();
            return await ConflictAsync(entryId);
        }

        audit.Record(AuditAction.Update, "JournalEntry", correction.Id.ToString(CultureInfo.InvariantCulture), clientId: client.Id, reason: Change);
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        TempData["Status"] = t["Journal.Correct.Done"].Value;
        return RedirectToPage("/JobSeekers/Journal/Entry", new { id, entryId = correction.Id });
    }

    /// <summary>Someone corrected the entry first: nothing was saved; show their version and keep this user's input.</summary>
    private async Task<IActionResult> ConflictAsync(long entryId)
    {
        db.ChangeTracker.Clear();
        var current = (await JournalQueries.HistoryAsync(db, Client.Id, entryId, MaySeeSensitive))[0];
        audit.Record(AuditAction.Update, "JournalEntry", current.Id.ToString(CultureInfo.InvariantCulture), clientId: Client.Id,
            outcome: AuditOutcome.Failure, reason: $"concurrency-conflict: {Change}");
        RecordView(null);
        audit.RecordHealthViews(Client.Id, current.ShowsHealthText ? [current.Id] : []);
        await db.SaveChangesAsync();
        Theirs = current;
        EntryId = current.Id;
        Input.BasedOnVersion = current.Version;
        ModelState.AddModelError(string.Empty, t["Journal.Correct.Conflict"]);
        return Page();
    }

    /// <summary>Every version of the entry's series (the client's only), oldest first.</summary>
    private async Task<List<JournalEntry>> SeriesAsync(long entryId)
    {
        var seriesId = db.JournalEntries.Where(e => e.Id == entryId && e.JobSeekerId == Client.Id).Select(e => e.SeriesId);
        return await db.JournalEntries.AsNoTracking()
            .Where(e => e.JobSeekerId == Client.Id && seriesId.Contains(e.SeriesId))
            .OrderBy(e => e.Version)
            .ToListAsync();
    }

    /// <summary>The view of the client's data on this form, and of the health-marked text it prefills.</summary>
    private void RecordView(JournalEntry? prefilledFrom)
    {
        audit.Record(AuditAction.View, "JobSeeker", Client.IdText(), clientId: Client.Id, reason: "journal-correct-form");
        if (prefilledFrom is { ContainsHealthInformation: true })
        {
            audit.RecordHealthViews(Client.Id, [prefilledFrom.Id]);
        }
    }

    private async Task<IActionResult> DeniedAsync(JournalEntry entry)
    {
        await audit.RecordAndSaveAsync(
            AuditAction.AccessDenied, "JournalEntry", entry.Id.ToString(CultureInfo.InvariantCulture), clientId: Client.Id,
            outcome: AuditOutcome.Denied, reason: "health-information");
        return StatusCode(StatusCodes.Status403Forbidden);
    }
}
