using System.Globalization;
using FluentValidation;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Tyollisyys.Domain.Common;
using Tyollisyys.Domain.JobSeekers;
using Tyollisyys.Domain.Kuntalisa;
using Tyollisyys.Web.Data;
using Tyollisyys.Web.Infrastructure.Audit;
using Tyollisyys.Web.Infrastructure.Auth;
using Tyollisyys.Web.Infrastructure.Localization;
using Tyollisyys.Web.Infrastructure.Validation;
using Tyollisyys.Web.Pages.Employers;

namespace Tyollisyys.Web.Pages.JobSeekers.Kuntalisa;

/// <summary>Drafts a kuntalisä decision for the client; the decision page then shows the eligibility check and the amounts.</summary>
public sealed class NewModel(
    AppDbContext db,
    AuditLog audit,
    TimeProvider clock,
    IValidator<DecisionInput> validator,
    IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty]
    public DecisionInput Input { get; set; } = new();

    public JobSeeker Client { get; private set; } = null!;

    public IReadOnlyList<EmployerOption> Employers { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(long id, int? employer)
    {
        if (await db.ViewVisibleAsync(audit, User, id, "kuntalisa-draft-form") is not { } client)
        {
            return NotFound();
        }

        Client = client;
        Employers = await EmployerOptions.OrganisationsAsync(db);
        Input.EmployerId = employer;
        Input.ApplicationDate = clock.FinnishToday();
        Input.RequestedMonths = 6;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long id)
    {
        ModelState.Clear();
        if (await db.ViewVisibleAsync(audit, User, id, "kuntalisa-draft-form") is not { } client)
        {
            return NotFound();
        }

        Client = client;
        Employers = await EmployerOptions.OrganisationsAsync(db);
        if (!validator.Validate(Input).IsValidInto(ModelState, nameof(Input))
            || await DraftForm.DetailsAsync(db, client, Input, ModelState, t) is not { } details)
        {
            return Page();
        }

        KuntalisaDecision decision;
        try
        {
            decision = KuntalisaDecision.Draft(client.Id, client.HomeMunicipalityId, details, User.UserId()!.Value, clock.GetUtcNow(), clock.FinnishToday());
        }
        catch (DomainException ex)
        {
            ModelState.AddDomainError(t, ex);
            return Page();
        }

        await using var transaction = await db.Database.BeginTransactionAsync();
        db.KuntalisaDecisions.Add(decision);
        await db.SaveChangesAsync();
        audit.Record(AuditAction.Create, DecisionPageModel.RecordType, decision.Id.ToString(CultureInfo.InvariantCulture), clientId: client.Id, reason: "kuntalisa-drafted");
        await db.SaveChangesAsync();
        await transaction.CommitAsync();

        TempData["Status"] = t["Kuntalisa.New.Done"].Value;
        return LocalRedirect(DecisionPageModel.PathOf(client.Id, decision.Id));
    }
}
