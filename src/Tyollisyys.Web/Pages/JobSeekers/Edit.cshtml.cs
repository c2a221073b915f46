using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tyollisyys.Domain.Common;
using Tyollisyys.Domain.JobSeekers;
using Tyollisyys.Web.Data;
using Tyollisyys.Web.Infrastructure.Access;
using Tyollisyys.Web.Infrastructure.Audit;
using Tyollisyys.Web.Infrastructure.Localization;
using Tyollisyys.Web.Infrastructure.Validation;

namespace Tyollisyys.Web.Pages.JobSeekers;

/// <summary>
/// Edits a client's person details with optimistic concurrency: the form carries the row version it was
/// read at; if someone saved in between, the save is refused and both versions are shown side by side.
/// </summary>
public sealed class EditModel(
    AppDbContext db,
    AuditLog audit,
    IValidator<PersonDetailsInput> validator,
    IStringLocalizer<SharedResource> t,
    TimeProvider clock) : PageModel, IPersonDetailsForm
{
    [BindProperty]
    public PersonDetailsInput Details { get; set; } = new();

    [BindProperty]
    public uint Version { get; set; }

    public IReadOnlyList<SelectListItem> Municipalities { get; private set; } = [];

    public bool MaySeeSensitive { get; private set; }

    public long ClientId { get; private set; }

    public string ClientName { get; private set; } = string.Empty;

    /// <summary>After a refused stale save: what the other user saved, shown beside this user's inputs.</summary>
    public PersonDetailsInput? Theirs { get; private set; }

    public async Task<IActionResult> OnGetAsync(long id)
    {
        var client = await db.ViewVisibleAsync(audit, User, id, "edit-form");
        if (client is null)
        {
            return NotFound();
        }

        await ShowAsync(client);
        Details = PersonDetailsInput.From(client);
        Version = RowVersion.Of(db, client);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long id)
    {
        ModelState.Clear();
        var client = await db.ViewVisibleAsync(audit, User, id, "edit-form");
        if (client is null)
        {
            return NotFound();
        }

        await ShowAsync(client);
        if (!MaySeeSensitive)
        {
            // The field was not on the form: keep what is recorded rather than clear it.
            Details.DisabilityOrLongTermIllness = client.DisabilityOrLongTermIllness;
        }

        var valid = validator.Validate(Details).IsValidInto(ModelState, nameof(Details));
        if (!valid || !MunicipalityOffered())
        {
            return Page();
        }

        try
        {
            RowVersion.Expect(db, client, Version);
            // A changed home municipality is recorded as a move in the residence history (the KPIs count by it).
            await db.Entry(client).Collection(c => c.Residences).LoadAsync();
            client.UpdateDetails(Details.ToDetails(), clock.FinnishToday());
            audit.Record(AuditAction.Update, "JobSeeker", client.IdText(), clientId: client.Id, reason: "details-edited");
            await db.SaveChangesAsync();
        }
        catch (DomainException ex)
        {
            ModelState.AddModelError(string.Empty, t.Message(ex));
            return Page();
        }
        catch (DbUpdateConcurrencyException)
        {
            // Keep the user's inputs, show what the other user saved beside them and take the new row version,
            // so that saving again is a deliberate overwrite by someone who has seen both.
            if (await db.AfterConflictAsync(audit, User, id, "details-edited") is not { } current)
            {
                return NotFound();
            }

            Theirs = PersonDetailsInput.From(current);
            Version = RowVersion.Of(db, current);
            ModelState.AddModelError(string.Empty, t["Error.Concurrency"]);
            return Page();
        }

        TempData["Status"] = t["Client.Edit.Done"].Value;
        return RedirectToPage("/JobSeekers/Card", new { id });
    }

    /// <summary>The fields where the user's input and the saved values differ: (label, mine, theirs).</summary>
    public IReadOnlyList<(string Label, string Mine, string Theirs)> Differences()
    {
        if (Theirs is null)
        {
            return [];
        }

        string Municipality(int? id) =>
            Municipalities.FirstOrDefault(m => m.Value == id?.ToString(System.Globalization.CultureInfo.InvariantCulture))?.Text ?? string.Empty;
        string YesNo(bool value) => value ? t["Client.Yes"] : t["Client.No"];
        var rows = new List<(string, string, string)>
        {
            (t["Client.Field.FirstNames"], Details.FirstNames ?? string.Empty, Theirs.FirstNames ?? string.Empty),
            (t["Client.Field.LastName"], Details.LastName ?? string.Empty, Theirs.LastName ?? string.Empty),
            (t["Client.Field.Phone"], Details.Phone ?? string.Empty, Theirs.Phone ?? string.Empty),
            (t["Client.Field.Email"], Details.Email ?? string.Empty, Theirs.Email ?? string.Empty),
            (t["Client.Field.StreetAddress"], Details.StreetAddress ?? string.Empty, Theirs.StreetAddress ?? string.Empty),
            (t["Client.Field.PostalCode"], Details.PostalCode ?? string.Empty, Theirs.PostalCode ?? string.Empty),
            (t["Client.Field.PostOffice"], Details.PostOffice ?? string.Empty, Theirs.PostOffice ?? string.Empty),
            (t["Client.Field.HomeMunicipality"], Municipality(Details.HomeMunicipalityId), Municipality(Theirs.HomeMunicipalityId)),
            (t["Client.Field.ServiceLanguage"], t[$"ServiceLanguage.{Details.ServiceLanguage}"], t[$"ServiceLanguage.{Theirs.ServiceLanguage}"]),
            (t["Client.Field.OtherLanguage"], Details.OtherLanguage ?? string.Empty, Theirs.OtherLanguage ?? string.Empty),
            (t["Client.Field.Education"], t[$"Education.{Details.EducationLevel}"], t[$"Education.{Theirs.EducationLevel}"]),
            (t["Client.Field.OccupationGoals"], Details.OccupationGoals ?? string.Empty, Theirs.OccupationGoals ?? string.Empty),
            (t["Badge.PartialWorkAbility"], YesNo(Details.PartialWorkAbility), YesNo(Theirs.PartialWorkAbility)),
            (t["Badge.Immigrant"], YesNo(Details.ImmigrantOrForeignLanguage), YesNo(Theirs.ImmigrantOrForeignLanguage)),
        };
        if (MaySeeSensitive)
        {
            rows.Add((t["Badge.DisabilityOrIllness"], YesNo(Details.DisabilityOrLongTermIllness), YesNo(Theirs.DisabilityOrLongTermIllness)));
        }

        return [.. rows.Where(r => !string.Equals(r.Item2.Trim(), r.Item3.Trim(), StringComparison.Ordinal))];
    }

    private bool MunicipalityOffered()
    {
        var chosen = Details.HomeMunicipalityId?.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (Municipalities.Any(m => m.Value == chosen))
        {
            return true;
        }

        ModelState.AddModelError($"{nameof(Details)}.{nameof(PersonDetailsInput.HomeMunicipalityId)}", t["Client.Validation.Municipality"]);
        return false;
    }

    private async Task ShowAsync(JobSeeker client)
    {
        ClientId = client.Id;
        ClientName = client.FullName;
        MaySeeSensitive = User.MaySeeSensitive(client.CounsellorId);
        Municipalities = await db.MunicipalitiesAsync(client.HomeMunicipalityId);
    }
}
