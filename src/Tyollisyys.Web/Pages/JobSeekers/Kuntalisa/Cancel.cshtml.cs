using System.Globalization;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Tyollisyys.Domain.Kuntalisa;
using Tyollisyys.Web.Data;
using Tyollisyys.Web.Infrastructure.Audit;
using Tyollisyys.Web.Infrastructure.Auth;
using Tyollisyys.Web.Infrastructure.Localization;
using Tyollisyys.Web.Infrastructure.Validation;

namespace Tyollisyys.Web.Pages.JobSeekers.Kuntalisa;

/// <summary>
/// Peru päätös: the reason and a destructive confirmation; cancelling releases what the decision committed. A draft
/// or a submitted decision may be cancelled by the counsellor or a manager; an approved one only by a manager (it is
/// a manager's decision being undone), so a counsellor is told so and a counsellor's POST is refused with 403 and an
/// audited denial. Once anything is paid the domain refuses and names the way out: ending early.
/// </summary>
public sealed class CancelModel(AppDbContext db, AuditLog audit, TimeProvider clock, IValidator<CancelInput> validator, IStringLocalizer<SharedResource> t)
    : DecisionFormPageModel(db, audit, clock, t)
{
    [BindProperty]
    public CancelInput Input { get; set; } = new();

    public bool Cancellable => Decision.Status is KuntalisaDecisionStatus.Draft or KuntalisaDecisionStatus.Submitted or KuntalisaDecisionStatus.Approved;

    /// <summary>An approved decision is a manager's to cancel.</summary>
    public bool NeedsManager => Decision.Status == KuntalisaDecisionStatus.Approved && !User.IsInRole(Roles.Manager);

    protected override string FormName => "cancel-form";

    public async Task<IActionResult> OnGetAsync(long id, long decisionId) =>
        await OpenAsync(id, decisionId) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(long id, long decisionId)
    {
        ModelState.Clear();
        if (!await OpenAsync(id, decisionId))
        {
            return NotFound();
        }

        if (NeedsManager)
        {
            await Audit.RecordAndSaveAsync(
                AuditAction.AccessDenied,
                RecordType,
                decisionId.ToString(CultureInfo.InvariantCulture),
                clientId: id,
                outcome: AuditOutcome.Denied,
                reason: "cancel-approved-needs-manager");
            return Forbid();
        }

        if (!validator.Validate(Input).IsValidInto(ModelState, nameof(Input)))
        {
            return Page();
        }

        var released = Decision.Committed;
        var saved = await TryChangeAsync(
            id,
            decisionId,
            () => Decision.Cancel(Clock.GetUtcNow(), Input.Reason!),
            string.Create(CultureInfo.InvariantCulture, $"cancelled: released {released:0.00}"),
            ex => ex.MessageKey == "Kuntalisa.Decision.CancelReasonRequired" ? "Input.Reason" : string.Empty);
        return saved ? Done(T["Kuntalisa.Cancel.Done", Formats.Euros(released)].Value) : Again();
    }
}
