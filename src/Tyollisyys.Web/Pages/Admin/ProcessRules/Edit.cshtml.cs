using System.Globalization;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Tyollisyys.Domain.Common;
using Tyollisyys.Domain.Process;
using Tyollisyys.Web.Data;
using Tyollisyys.Web.Infrastructure.Audit;
using Tyollisyys.Web.Infrastructure.Localization;
using Tyollisyys.Web.Infrastructure.Validation;

namespace Tyollisyys.Web.Pages.Admin.ProcessRules;

/// <summary>
/// Revising a rule set moves every due date it governs, past ones included; the page says so. The change is
/// audited with the values before and after, so a question about an old deadline can be answered.
/// </summary>
public sealed class EditModel(AppDbContext db, AuditLog audit, IValidator<ProcessRuleFields> validator, IStringLocalizer<SharedResource> t)
    : PageModel
{
    [BindProperty]
    public ProcessRuleFields Input { get; set; } = new();

    public ProcessRuleSet Rules { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var rules = await db.ProcessRuleSets.FindAsync(id);
        if (rules is null)
        {
            return NotFound();
        }

        Show(rules);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        var rules = await db.ProcessRuleSets.FindAsync(id);
        if (rules is null)
        {
            return NotFound();
        }

        Rules = rules;
        if (!validator.Validate(Input).IsValidInto(ModelState, nameof(Input)))
        {
            return Page();
        }

        var before = Describe(rules);
        try
        {
            Input.ApplyTo(rules);
        }
        catch (DomainException ex)
        {
            ModelState.AddDomainError(t, ex);
            return Page();
        }

        audit.Record(AuditAction.Update, "ProcessRuleSet", id.ToString(CultureInfo.InvariantCulture), reason: $"{before} -> {Describe(rules)}");
        return await this.SaveAsync(
            db,
            t,
            rules,
            Input.Version,
            t["Admin.ProcessRules.Saved", rules.Name].Value,
            "/Admin/ProcessRules/Index",
            Show,
            ("Input.EffectiveFrom", t["Admin.ProcessRules.DuplicateDate", Formats.Date(Input.EffectiveFrom!.Value)].Value));
    }

    private void Show(ProcessRuleSet rules)
    {
        Rules = rules;
        Input = ProcessRuleFields.From(rules);
        Input.Version = RowVersion.Of(db, rules);
    }

    private static string Describe(ProcessRuleSet r)
    {
        var s = r.SupplementaryConversations;
        var schedule = s is null ? "by-need" : $"{s.InitialCount}/{s.InitialMonths}m+{s.LaterCount}@{s.LaterAfterMonths}m/{s.LaterWindowMonths}m";
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{r.Name} from {r.EffectiveFrom:yyyy-MM-dd}: interview {r.InitialInterviewWorkingDays}wd, conversations every {r.JobSearchConversationIntervalMonths}m, supplementary {schedule}");
    }
}
