using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tyollisyys.Domain.Common;
using Tyollisyys.Domain.WorkTrials;
using Tyollisyys.Web.Data;
using Tyollisyys.Web.Infrastructure.Audit;
using Tyollisyys.Web.Infrastructure.Localization;

namespace Tyollisyys.Web.Pages.Admin.WorkTrialSettings;

/// <summary>
/// The confirmation step of withdrawing an allowance rate that has not taken effect: GET asks, POST removes (audited).
/// A rate in force, or one that was, is shown with the reason it stays and no button.
/// </summary>
public sealed class RemoveRateModel(AppDbContext db, AuditLog audit, IStringLocalizer<SharedResource> t, TimeProvider clock) : PageModel
{
    public AllowanceRate Rate { get; private set; } = null!;

    public bool CanRemove { get; private set; }

    public async Task<IActionResult> OnGetAsync(DateOnly effectiveFrom)
    {
        if (await db.AllowanceRates.AsNoTracking().SingleOrDefaultAsync(r => r.EffectiveFrom == effectiveFrom) is not { } rate)
        {
            return NotFound();
        }

        Rate = rate;
        CanRemove = MayWithdraw(rate);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(DateOnly effectiveFrom)
    {
        if (await db.AllowanceRates.SingleOrDefaultAsync(r => r.EffectiveFrom == effectiveFrom) is not { } rate)
        {
            return RemovedMeanwhile();
        }

        Rate = rate;
        if (!MayWithdraw(rate))
        {
            return Page();
        }

        db.AllowanceRates.Remove(rate);
        var day = rate.EffectiveFrom.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        audit.Record(
            AuditAction.Delete,
            NewRateModel.RecordType,
            day,
            reason: string.Create(CultureInfo.InvariantCulture, $"withdrawn before taking effect: from {day}: normal {rate.Normal}, outside commuting area {rate.OutsideCommuting}"));
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            return RemovedMeanwhile();
        }

        TempData["Status"] = t["Admin.WorkTrialSettings.RateRemoved", Formats.Date(rate.EffectiveFrom)].Value;
        return RedirectToPage("/Admin/WorkTrialSettings/Index");
    }

    private bool MayWithdraw(AllowanceRate rate)
    {
        try
        {
            AllowanceRateChanges.CheckWithdrawal(rate, clock.FinnishToday());
            return true;
        }
        catch (DomainException ex)
        {
            ModelState.AddDomainError(t, ex);
            return false;
        }
    }

    private RedirectToPageResult RemovedMeanwhile()
    {
        TempData["Status"] = t["Admin.WorkTrialSettings.RateRemovedMeanwhile"].Value;
        return RedirectToPage("/Admin/WorkTrialSettings/Index");
    }
}
