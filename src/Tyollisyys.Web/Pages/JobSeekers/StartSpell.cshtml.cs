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

/// <summary>Starts a new spell after the previous one ended; the domain refuses an overlap or a second open spell.</summary>
public sealed class StartSpellModel(
    AppDbContext db,
    AuditLog audit,
    TimeProvider clock,
    IValidator<SpellStart> validator,
    IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty]
    public SpellStart Input { get; set; } = new();

    public JobSeeker Client { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(long id)
    {
        if (await db.FindVisibleAsync(audit, User, id) is not { } client)
        {
            return NotFound();
        }

        Client = client;
        Input.StartDate = clock.FinnishToday();
        Input.Status = JobSearchStatus.Unemployed;
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
            client.StartSpell(Input.StartDate!.Value, Input.Status!.Value);
            audit.Record(AuditAction.Update, "JobSeeker", client.IdText(), clientId: client.Id, reason: "spell-started");
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
            if (await db.AfterConflictAsync(audit, User, id, "spell-started") is not { } current)
            {
                return NotFound();
            }

            Client = current;
            Input.Version = db.RowVersion(current);
            ModelState.AddModelError(string.Empty, t["Error.Concurrency"]);
            return Page();
        }

        TempData["Status"] = t["Client.StartSpell.Done"].Value;
        return RedirectToPage("/JobSeekers/Card", new { id });
    }
}
