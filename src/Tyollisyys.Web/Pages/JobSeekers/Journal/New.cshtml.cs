using System.Globalization;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Tyollisyys.Domain.Common;
using Tyollisyys.Domain.JobSeekers;
using Tyollisyys.Domain.Journal;
using Tyollisyys.Web.Data;
using Tyollisyys.Web.Infrastructure.Audit;
using Tyollisyys.Web.Infrastructure.Auth;
using Tyollisyys.Web.Infrastructure.Localization;
using Tyollisyys.Web.Infrastructure.Validation;

namespace Tyollisyys.Web.Pages.JobSeekers.Journal;

/// <summary>Records a new journal entry for the client and returns to the journal.</summary>
public sealed class NewModel(
    AppDbContext db,
    AuditLog audit,
    TimeProvider clock,
    IValidator<JournalEntryInput> validator,
    IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty]
    public JournalEntryInput Input { get; set; } = new();

    public JobSeeker Client { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(long id)
    {
        if (await db.ViewVisibleAsync(audit, User, id, "journal-form") is not { } client)
        {
            return NotFound();
        }

        Client = client;
        Input.OccurredOn = clock.FinnishToday();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long id)
    {
        ModelState.Clear();
        if (await db.ViewVisibleAsync(audit, User, id, "journal-form") is not { } client)
        {
            return NotFound();
        }

        Client = client;
        if (!validator.Validate(Input).IsValidInto(ModelState, nameof(Input)))
        {
            return Page();
        }

        JournalEntry entry;
        try
        {
            entry = JournalEntry.Record(
                client.Id, Input.Type!.Value, Input.Channel, Input.OccurredOn!.Value, Input.Text!, Input.ContainsHealthInformation,
                User.UserId()!.Value, clock.GetUtcNow(), clock.FinnishToday());
        }
        catch (DomainException ex)
        {
            ModelState.AddDomainError(t, ex, $"{nameof(Input)}.{nameof(Input.Channel)}");
            return Page();
        }

        // The id exists only after the insert; the audit row joins it in the same transaction.
        await using var transaction = await db.Database.BeginTransactionAsync();
        db.JournalEntries.Add(entry);
        await db.SaveChangesAsync();
        audit.Record(AuditAction.Create, "JournalEntry", entry.Id.ToString(CultureInfo.InvariantCulture), clientId: client.Id, reason: "journal-entry-recorded");
        await db.SaveChangesAsync();
        await transaction.CommitAsync();

        TempData["Status"] = t["Journal.New.Done"].Value;
        return RedirectToPage("/JobSeekers/Journal/Index", new { id });
    }
}
