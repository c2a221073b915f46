using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tyollisyys.Domain.Common;
using Tyollisyys.Domain.Kuntalisa;
using Tyollisyys.Web.Data;
using Tyollisyys.Web.Infrastructure.Audit;
using Tyollisyys.Web.Infrastructure.Localization;
using Tyollisyys.Web.Infrastructure.Validation;
using Tyollisyys.Web.Pages.Employers;

namespace Tyollisyys.Web.Pages.JobSeekers.Kuntalisa;

/// <summary>Corrects a draft. Only a draft: a submitted one is first returned to draft; a stale form is refused.</summary>
public sealed class EditModel(
    AppDbContext db,
    AuditLog audit,
    TimeProvider clock,
    IValidator<DecisionInput> validator,
    IStringLocalizer<SharedResource> t) : DecisionPageModel(db, audit)
{
    [BindProperty]
    public DecisionInput Input { get; set; } = new();

    /// <summary>The decision row's version the form was read from.</summary>
    [BindProperty]
    public uint RowVersion { get; set; }

    public IReadOnlyList<EmployerOption> Employers { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(long id, long decisionId)
    {
        if (!await FindAsync(id, decisionId))
        {
            return NotFound();
        }

        if (Decision.Status != KuntalisaDecisionStatus.Draft)
        {
            return LocalRedirect(PathOf(id, decisionId));
        }

        await RecordViewAsync("kuntalisa-draft-form");
        Employers = await EmployerOptions.OrganisationsAsync(Db, Decision.EmployerId);
        Input = DecisionInput.From(Decision);
        RowVersion = Db.Entry(Decision).Property<uint>("xmin").CurrentValue;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long id, long decisionId)
    {
        ModelState.Clear();
        if (!await FindAsync(id, decisionId))
        {
            return NotFound();
        }

        Employers = await EmployerOptions.OrganisationsAsync(Db, Decision.EmployerId);
        if (!validator.Validate(Input).IsValidInto(ModelState, nameof(Input))
            || await DraftForm.DetailsAsync(Db, Client, Input, ModelState, t) is not { } details)
        {
            return Page();
        }

        try
        {
            Db.Entry(Decision).Property<uint>("xmin").OriginalValue = RowVersion;
            Decision.UpdateDraft(details, clock.FinnishToday());
            RecordChange("kuntalisa-draft-updated");
            await Db.SaveChangesAsync();
        }
        catch (DomainException ex)
        {
            ModelState.AddDomainError(t, ex);
            return Page();
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(string.Empty, t["Error.Concurrency"]);
            Db.ChangeTracker.Clear();
            RowVersion = await Db.KuntalisaDecisions.Where(d => d.Id == decisionId).Select(d => EF.Property<uint>(d, "xmin")).SingleAsync();
            return Page();
        }

        TempData["Status"] = t["Kuntalisa.Edit.Done"].Value;
        return LocalRedirect(PathOf(id, decisionId));
    }
}
