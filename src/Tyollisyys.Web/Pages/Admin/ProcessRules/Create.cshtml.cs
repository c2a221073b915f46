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

public sealed class CreateModel(AppDbContext db, AuditLog audit, IValidator<ProcessRuleFields> validator, IStringLocalizer<SharedResource> t)
    : PageModel
{
    [BindProperty]
    public ProcessRuleFields Input { get; set; } = new() { InitialInterviewWorkingDays = 10, JobSearchConversationIntervalMonths = 3 };

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!validator.Validate(Input).IsValidInto(ModelState, nameof(Input)))
        {
            return Page();
        }

        ProcessRuleSet rules;
        try
        {
            rules = Input.Create();
        }
        catch (DomainException ex)
        {
            ModelState.AddDomainError(t, ex);
            return Page();
        }

        await using var transaction = await db.Database.BeginTransactionAsync();
        db.ProcessRuleSets.Add(rules);
        if (await RowVersion.TrySaveAsync(db) != SaveOutcome.Saved)
        {
            ModelState.AddModelError("Input.EffectiveFrom", t["Admin.ProcessRules.DuplicateDate", Formats.Date(rules.EffectiveFrom)]);
            return Page();
        }

        audit.Record(AuditAction.Create, "ProcessRuleSet", rules.Id.ToString(CultureInfo.InvariantCulture), reason: "created");
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        TempData["Status"] = t["Admin.ProcessRules.Created", rules.Name].Value;
        return RedirectToPage("/Admin/ProcessRules/Index");
    }
}
