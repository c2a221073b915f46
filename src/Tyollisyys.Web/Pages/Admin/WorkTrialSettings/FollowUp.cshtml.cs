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
using Settings = Tyollisyys.Domain.WorkTrials.WorkTrialSettings;

namespace Tyollisyys.Web.Pages.Admin.WorkTrialSettings;

/// <summary>
/// Changes the follow-up rule. It applies to every trial's weeks as the worklist computes them, past weeks of running
/// trials included, so the page says so; the audit row keeps the rule before and after.
/// </summary>
public sealed class FollowUpModel(AppDbContext db, AuditLog audit, IValidator<FollowUpRuleFields> validator, IStringLocalizer<SharedResource> t)
    : PageModel
{
    public const string RecordType = "WorkTrialSettings";

    [BindProperty]
    public FollowUpRuleFields Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync()
    {
        if (await db.WorkTrialSettings.FindAsync(Settings.SingleRowId) is not { } settings)
        {
            return NotFound();
        }

        Show(settings);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        // Numbers that do not bind are read as missing, so every message is the page's own, in the user's language.
        ModelState.Clear();
        if (await db.WorkTrialSettings.FindAsync(Settings.SingleRowId) is not { } settings)
        {
            return NotFound();
        }

        if (!validator.Validate(Input).IsValidInto(ModelState, nameof(Input)))
        {
            return Page();
        }

        var before = Describe(settings.FollowUpRule);
        try
        {
            settings.ChangeFollowUpRule(Input.ToRule());
        }
        catch (DomainException ex)
        {
            ModelState.AddDomainError(t, ex);
            return Page();
        }

        audit.Record(
            AuditAction.Update,
            RecordType,
            Settings.SingleRowId.ToString(CultureInfo.InvariantCulture),
            reason: $"follow-up {before} -> {Describe(settings.FollowUpRule)}");
        return await this.SaveAsync(db, t, settings, Input.Version, t["Admin.WorkTrialSettings.FollowUpSaved"].Value, "/Admin/WorkTrialSettings/Index", Show);
    }

    private void Show(Settings settings)
    {
        Input = FollowUpRuleFields.From(settings.FollowUpRule);
        Input.Version = RowVersion.Of(db, settings);
    }

    private static string Describe(FollowUpRule rule) =>
        string.Create(CultureInfo.InvariantCulture, $"{rule.MinContactsPerWeek}/week for {rule.ForFirstWeeks} weeks");
}
