using System.Globalization;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Tyollisyys.Domain.Common;
using Tyollisyys.Domain.Kuntalisa;
using Tyollisyys.Web.Data;
using Tyollisyys.Web.Infrastructure.Audit;
using Tyollisyys.Web.Infrastructure.Auth;
using Tyollisyys.Web.Infrastructure.Localization;
using Tyollisyys.Web.Infrastructure.Validation;

namespace Tyollisyys.Web.Pages.JobSeekers.Kuntalisa.Claims;

/// <summary>
/// Kirjaa maksatushakemus: records (and so pays) an employer's claim for 1–3 subsidy months. The start is chosen
/// from the months no claim covers yet, so nobody types a date that is not a month's first day; the domain checks
/// the rest (overlap, period over, deadline, what the grant still allows) and computes the payable amount. A decision
/// that takes no claims (not approved, or already closed) shows why instead of the form.
/// </summary>
public sealed class NewModel(AppDbContext db, AuditLog audit, TimeProvider clock, IValidator<ClaimInput> validator, IStringLocalizer<SharedResource> t)
    : DecisionFormPageModel(db, audit, clock, t)
{
    [BindProperty]
    public ClaimInput Input { get; set; } = new();

    public IReadOnlyList<OpenMonth> OpenMonths { get; private set; } = [];

    /// <summary>The period the posted start and months make, for its deadline on the form; null before a choice.</summary>
    public (DateOnly Start, DateOnly End, DateOnly Deadline)? ChosenPeriod { get; private set; }

    public bool TakesClaims => Decision.IsLive && Decision.RemainingForClaims > 0m;

    protected override string FormName => "claim-form";

    public async Task<IActionResult> OnGetAsync(long id, long decisionId)
    {
        if (!await OpenAsync(id, decisionId))
        {
            return NotFound();
        }

        Show();
        Input.ReceivedOn = Today;
        Input.Months = 1;
        Input.PeriodStart = OpenMonths.Count > 0 ? OpenMonths[0].Start : null;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long id, long decisionId)
    {
        ModelState.Clear();
        if (!await OpenAsync(id, decisionId))
        {
            return NotFound();
        }

        Show();
        if (!Decision.IsLive)
        {
            // No form was shown; a post anyway (a stale tab) is answered with the same explanation.
            return Page();
        }

        if (!validator.Validate(Input).IsValidInto(ModelState, nameof(Input)))
        {
            return Page();
        }

        if (ClaimPeriods.EndOf(Decision, Input.PeriodStart!.Value, Input.Months!.Value) is not { } end)
        {
            ModelState.AddModelError("Input.PeriodStart", T["Kuntalisa.Claims.PeriodStartNotOpen"]);
            return Page();
        }

        var start = Input.PeriodStart.Value;
        ChosenPeriod = (start, end, KuntalisaPaymentClaim.DeadlineFor(end));
        var wages = EuroInput.TryParse(Input.Wages, out var parsed) ? parsed : 0m; // validated above
        KuntalisaPaymentClaim? claim = null;
        var saved = await TryChangeAsync(
            id,
            decisionId,
            () => claim = Decision.RecordClaim(start, end, Input.ReceivedOn!.Value, wages, Input.LateReason, User.UserId()!.Value, Clock.GetUtcNow()),
            string.Create(CultureInfo.InvariantCulture, $"claim-recorded: {start:yyyy-MM-dd}..{end:yyyy-MM-dd}"),
            FieldOf);
        if (!saved)
        {
            Show();
            return Again();
        }

        return Done(StatusMessage(claim!));
    }

    private string StatusMessage(KuntalisaPaymentClaim claim)
    {
        var parts = new List<string>
        {
            T["Kuntalisa.Claims.Recorded", Formats.Date(claim.PeriodStart), Formats.Date(claim.PeriodEnd), Formats.Euros(claim.PayableAmount)].Value,
        };
        if (claim.PayableLimitedByMonthlyAmount)
        {
            parts.Add(T["Kuntalisa.Claims.RecordedLimitedByMonthly", Formats.Euros(Decision.GrantedMonthlyAmount!.Value)].Value);
        }

        if (claim.PayableLimitedByGrant)
        {
            parts.Add(T["Kuntalisa.Claims.RecordedLimitedByGrant", Formats.Euros(Decision.GrantedTotal!.Value)].Value);
        }

        if (claim.IsLate)
        {
            parts.Add(T["Kuntalisa.Claims.RecordedLate"].Value);
        }

        return string.Join(" ", parts);
    }

    /// <summary>The field a domain refusal is about, so the message sits next to it.</summary>
    private static string FieldOf(DomainException ex) => ex.MessageKey switch
    {
        "Kuntalisa.Claim.LateNeedsReason" => "Input.LateReason",
        "Kuntalisa.Claim.InvalidWages" => "Input.Wages",
        "Kuntalisa.Claim.PeriodNotOver" => "Input.ReceivedOn",
        "Kuntalisa.Claim.NothingRemaining" => string.Empty,
        _ when ex.MessageKey.StartsWith("Kuntalisa.Claim.", StringComparison.Ordinal) => "Input.PeriodStart",
        _ => string.Empty,
    };

    private void Show() => OpenMonths = ClaimPeriods.Open(Decision);
}
