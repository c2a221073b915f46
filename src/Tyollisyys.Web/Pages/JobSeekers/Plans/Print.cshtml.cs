using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Tyollisyys.Web.Data;
using Tyollisyys.Web.Infrastructure.Audit;
using Tyollisyys.Web.Infrastructure.Localization;

namespace Tyollisyys.Web.Pages.JobSeekers.Plans;

/// <summary>
/// A plan version to print and hand to the client, in Finnish or Swedish whatever the UI language. Shows the
/// customer number, never the identity code. Printing is audited.
/// </summary>
public sealed class PrintModel(AppDbContext db, AuditLog audit, IStringLocalizer<SharedResource> t, StringTables tables) : PlanPageModel(db, audit, t)
{
    public PlanView View { get; private set; } = null!;

    public string CounsellorName { get; private set; } = string.Empty;

    /// <summary>The strings of the print's language.</summary>
    public FixedLanguageLocalizer Strings { get; private set; } = null!;

    public PlanLabels Labels { get; private set; } = null!;

    public DateOnly PrintedOn { get; private set; }

    public async Task<IActionResult> OnGetAsync(long id, int version, string? lang, [FromServices] TimeProvider clock)
    {
        var language = lang == "sv" ? "sv" : "fi";
        if (!await FindClientAsync(id) || await Db.PlanVersionAsync(id, version) is not { } plan)
        {
            return NotFound();
        }

        View = await Db.ViewOfAsync(plan);
        CounsellorName = await PlanQueries.AuthorNameAsync(Db, Client.CounsellorId);
        Strings = new FixedLanguageLocalizer(tables, language);
        Labels = new PlanLabels(Strings, View.Services, language);
        PrintedOn = clock.FinnishToday();
        await AuditAsync(AuditAction.Print, plan, "plan-print-" + language);
        return Page();
    }
}
