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

/// <summary>Ends the client's open spell. The row version makes two tabs ending the same spell collide, not both succeed.</summary>
public sealed class EndSpellModel(
    AppDbContext db,
    AuditLog audit,
    TimeProvider clock,
    IValidator<SpellEnding> validator,
    IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty]
    public SpellEnding Input { get; set; } = new();

    public JobSeeker Client { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(long id)
    {
        if (await db.FindVisibleAsync(audit, User, id) is not { } client)
        {
            return NotFound();
        }

        Client = client;
        Input.EndDate = clock.FinnishToday();
        Input.Version = db.RowVersion(client);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long id)
    {
        ModelState.Clear();
        if (await db.FindVisibleAsync(audit, User, id) is not { } client)
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
            db.ExpectRowVersion(client, Input.Version);
            client.EndCurrentSpell(Input.EndDate!.Value, Input.Reason!.Value);
            audit.Record(AuditAction.Update, "JobSeeker", client.IdText(), clientId: client.Id, reason: "spell-ended");
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
            if (await db.AfterConflictAsync(audit, User, id, "spell-ended") is not { } current)
            {
                return NotFound();
            }

            Client = current;
            Input.Version = db.RowVersion(current);
            ModelState.AddModelError(string.Empty, t["Error.Concurrency"]);
            return Page();
        }

        TempData["Status"] = t["Client.EndSpell.Done"].Value;
        return RedirectToPage("/JobSeekers/Card", new { id });
    }
}
