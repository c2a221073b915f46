using System.Globalization;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Tyollisyys.Domain.Common;
using Tyollisyys.Domain.Kuntalisa;
using Tyollisyys.Web.Data;
using Tyollisyys.Web.Infrastructure.Audit;
using Tyollisyys.Web.Infrastructure.Localization;
using Tyollisyys.Web.Infrastructure.Validation;

namespace Tyollisyys.Web.Pages.JobSeekers.Kuntalisa;

/// <summary>
/// Työsuhde päättyi ennenaikaisesti: the last day of employment and the reason, then a preview of what the early end
/// does (allowed in all, paid, to recover, released from the appropriation) and a confirmation that saves it. The
/// preview runs <see cref="KuntalisaDecision.EndEarly"/> on the tracked decision and throws the change away, so the
/// page never repeats the domain's arithmetic.
/// </summary>
public sealed class EndEarlyModel(AppDbContext db, AuditLog audit, TimeProvider clock, IValidator<EndEarlyInput> validator, IStringLocalizer<SharedResource> t)
    : DecisionFormPageModel(db, audit, clock, t)
{
    [BindProperty]
    public EndEarlyInput Input { get; set; } = new();

    public EndEarlyPreview? Preview { get; private set; }

    public bool CanEnd => Decision.Status is KuntalisaDecisionStatus.Approved or KuntalisaDecisionStatus.InPayment;

    protected override string FormName => "end-early-form";

    public async Task<IActionResult> OnGetAsync(long id, long decisionId) =>
        await OpenAsync(id, decisionId) ? Page() : NotFound();

    /// <summary>The first POST: checks the input and shows the preview with the confirm button.</summary>
    public async Task<IActionResult> OnPostAsync(long id, long decisionId)
    {
        ModelState.Clear();
        if (!await OpenAsync(id, decisionId))
        {
            return NotFound();
        }

        if (!CanEnd || !validator.Validate(Input).IsValidInto(ModelState, nameof(Input)))
        {
            return Page();
        }

        var committedBefore = Decision.Committed;
        try
        {
            Decision.EndEarly(Input.LastDay!.Value, Input.Reason!, Clock.GetUtcNow());
        }
        catch (DomainException ex)
        {
            ModelState.AddDomainError(T, ex, FieldOf(ex));
            return Page();
        }

        Preview = new EndEarlyPreview(Decision.AllowedTotal!.Value, Decision.TotalPaid, Decision.RecoveryAmount, committedBefore - Decision.Committed);

        // Forget the trial run and show the decision as it is stored.
        Db.ChangeTracker.Clear();
        return await FindAsync(id, decisionId) ? Page() : NotFound();
    }

    /// <summary>The confirmation: ends the decision early for real, under the row version the preview was shown with.</summary>
    public async Task<IActionResult> OnPostConfirmAsync(long id, long decisionId)
    {
        ModelState.Clear();
        if (!await OpenAsync(id, decisionId))
        {
            return NotFound();
        }

        if (!validator.Validate(Input).IsValidInto(ModelState, nameof(Input)))
        {
            return Page();
        }

        var committedBefore = Decision.Committed;
        var lastDay = Input.LastDay!.Value;
        var saved = await TryChangeAsync(
            id,
            decisionId,
            () => Decision.EndEarly(lastDay, Input.Reason!, Clock.GetUtcNow()),
            string.Create(CultureInfo.InvariantCulture, $"ended-early: {lastDay:yyyy-MM-dd}"),
            FieldOf);
        if (!saved)
        {
            return Again();
        }

        return Done(T[
            "Kuntalisa.EndEarly.Done",
            Formats.Date(lastDay),
            Formats.Euros(Decision.AllowedTotal!.Value),
            Formats.Euros(Decision.TotalPaid),
            Formats.Euros(Decision.RecoveryAmount),
            Formats.Euros(committedBefore - Decision.Committed)].Value);
    }

    private static string FieldOf(DomainException ex) => ex.MessageKey switch
    {
        "Kuntalisa.Decision.NotAnEarlyEnd" => "Input.LastDay",
        "Kuntalisa.Decision.EndReasonRequired" => "Input.Reason",
        _ => string.Empty,
    };
}
