using System.Globalization;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Tyollisyys.Domain.Common;
using Tyollisyys.Domain.WorkTrials;
using Tyollisyys.Web.Data;
using Tyollisyys.Web.Infrastructure.Audit;
using Tyollisyys.Web.Infrastructure.Localization;
using Tyollisyys.Web.Infrastructure.Validation;

namespace Tyollisyys.Web.Pages.Admin.WorkTrialSettings;

/// <summary>
/// Adds an allowance rate that takes effect on a future day (<see cref="AllowanceRateChanges"/>), so no month already
/// computed changes. A second rate for the same day is refused: checked first for a clear message, and by the primary
/// key for two admins saving at the same moment.
/// </summary>
public sealed class NewRateModel(AppDbContext db, AuditLog audit, IValidator<AllowanceRateFields> validator, IStringLocalizer<SharedResource> t, TimeProvider clock)
    : PageModel
{
    public const string RecordType = "WorkTrialAllowanceRate";

    [BindProperty]
    public AllowanceRateFields Input { get; set; } = new();

    /// <summary>The rate in force today, shown beside the form.</summary>
    public AllowanceRate? Current { get; private set; }

    public async Task OnGetAsync()
    {
        await LoadCurrentAsync();
        var today = clock.FinnishToday();
        Input.EffectiveFrom = new DateOnly(today.Year, today.Month, 1).AddMonths(1);
        if (Current is not null)
        {
            Input.Normal = EuroInput.Format(Current.Normal);
            Input.OutsideCommuting = EuroInput.Format(Current.OutsideCommuting);
        }
    }

    public async Task<IActionResult> OnPostAsync()
    {
        ModelState.Clear();
        var existing = await LoadCurrentAsync();
        if (!validator.Validate(Input).IsValidInto(ModelState, nameof(Input)))
        {
            return Page();
        }

        var rate = Input.ToRate();
        try
        {
            AllowanceRateChanges.CheckNew(rate, existing, clock.FinnishToday());
        }
        catch (DomainException ex)
        {
            ModelState.AddDomainError(t, ex, FieldOf(ex.MessageKey));
            return Page();
        }

        db.AllowanceRates.Add(rate);
        var day = rate.EffectiveFrom.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        audit.Record(
            AuditAction.Create,
            RecordType,
            day,
            reason: string.Create(CultureInfo.InvariantCulture, $"from {day}: normal {rate.Normal}, outside commuting area {rate.OutsideCommuting}"));
        if (await RowVersion.TrySaveAsync(db) != SaveOutcome.Saved)
        {
            db.ChangeTracker.Clear();
            ModelState.AddModelError("Input.EffectiveFrom", t["WorkTrials.Allowance.RateDateTaken", Formats.Date(rate.EffectiveFrom)]);
            return Page();
        }

        TempData["Status"] = t["Admin.WorkTrialSettings.RateAdded", Formats.Date(rate.EffectiveFrom)].Value;
        return RedirectToPage("/Admin/WorkTrialSettings/Index");
    }

    private static string FieldOf(string messageKey) => messageKey switch
    {
        "WorkTrials.Allowance.RateNotInFuture" or "WorkTrials.Allowance.RateDateTaken" => "Input.EffectiveFrom",
        "WorkTrials.Allowance.OutsideBelowNormal" => "Input.OutsideCommuting",
        _ => string.Empty,
    };

    private async Task<IReadOnlyList<AllowanceRate>> LoadCurrentAsync()
    {
        var rates = await db.AllowanceRatesAsync();
        var today = clock.FinnishToday();
        Current = rates.LastOrDefault(r => r.EffectiveFrom <= today);
        return rates;
    }
}
