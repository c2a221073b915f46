using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tyollisyys.Domain.Common;
using Tyollisyys.Domain.JobSeekers;
using Tyollisyys.Web.Data;
using Tyollisyys.Web.Infrastructure.Audit;
using Tyollisyys.Web.Infrastructure.Localization;
using Tyollisyys.Web.Infrastructure.Validation;

namespace Tyollisyys.Web.Pages.JobSeekers;

/// <summary>
/// The one flow of the spell pages (end a spell, start a spell): find the client the user may see,
/// validate, apply the domain change under the row version, audit it in the same save, and redirect
/// to the card. A broken rule or a stale form shows the page again with the reason.
/// </summary>
public abstract class SpellPageModel<TInput>(
    AppDbContext db,
    AuditLog audit,
    TimeProvider clock,
    IValidator<TInput> validator,
    IStringLocalizer<SharedResource> t) : PageModel
    where TInput : class, ISpellForm, new()
{
    [BindProperty]
    public TInput Input { get; set; } = new();

    public JobSeeker Client { get; private set; } = null!;

    /// <summary>The audit row's reason, e.g. "spell-ended".</summary>
    protected abstract string AuditReason { get; }

    /// <summary>The string key of the message shown on the card afterwards.</summary>
    protected abstract string DoneKey { get; }

    protected abstract void Prefill(TInput input, DateOnly today);

    protected abstract void Apply(JobSeeker client, TInput input);

    public async Task<IActionResult> OnGetAsync(long id)
    {
        if (await db.ViewVisibleAsync(audit, User, id, AuditReason + "-form") is not { } client)
        {
            return NotFound();
        }

        Client = client;
        Prefill(Input, clock.FinnishToday());
        Input.Version = RowVersion.Of(db, client);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long id)
    {
        ModelState.Clear();
        if (await db.ViewVisibleAsync(audit, User, id, AuditReason + "-form") is not { } client)
        {
            return NotFound();
        }

        Client = client;
        if (!validator.Validate(Input).IsValidInto(ModelState, nameof(Input)))
        {
            return Page();
        }

        try
        {
            RowVersion.Expect(db, client, Input.Version);
            Apply(client, Input);
            audit.Record(AuditAction.Update, "JobSeeker", client.IdText(), clientId: client.Id, reason: AuditReason);
            await db.SaveChangesAsync();
        }
        catch (DomainException ex)
        {
            ModelState.AddModelError(string.Empty, t.Message(ex));
            return Page();
        }
        catch (DbUpdateConcurrencyException)
        {
            // Show the client as they now are; the user decides again with the fresh row version.
            if (await db.AfterConflictAsync(audit, User, id, AuditReason) is not { } current)
            {
                return NotFound();
            }

            Client = current;
            Input.Version = RowVersion.Of(db, current);
            ModelState.AddModelError(string.Empty, t["Error.Concurrency"]);
            return Page();
        }

        TempData["Status"] = t[DoneKey].Value;
        return RedirectToPage("/JobSeekers/Card", new { id });
    }
}
