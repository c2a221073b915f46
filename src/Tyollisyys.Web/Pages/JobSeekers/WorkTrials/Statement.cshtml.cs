using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tyollisyys.Domain.JobSeekers;
using Tyollisyys.Domain.WorkTrials;
using Tyollisyys.Web.Data;
using Tyollisyys.Web.Infrastructure.Audit;
using Tyollisyys.Web.Infrastructure.Localization;

namespace Tyollisyys.Web.Pages.JobSeekers.WorkTrials;

/// <summary>
/// The work-trial statement for the client and the file, in Finnish or Swedish whatever the UI language: the trial,
/// its outcome, the counsellor's closing summary and the organiser's feedback. Customer number, never the identity
/// code. Only for an ended trial; every print is audited.
/// </summary>
public sealed class StatementModel(AppDbContext db, AuditLog audit, StringTables tables, TimeProvider clock) : PageModel
{
    public JobSeeker Client { get; private set; } = null!;

    public WorkTrialAgreement Trial { get; private set; } = null!;

    public string OrganiserName { get; private set; } = string.Empty;

    public FixedLanguageLocalizer Strings { get; private set; } = null!;

    public DateOnly PrintedOn { get; private set; }

    public async Task<IActionResult> OnGetAsync(long id, long trialId, string? lang)
    {
        var language = lang == "sv" ? "sv" : "fi";
        if (await db.FindVisibleAsync(audit, User, id) is not { } client
            || await db.WorkTrials.AsNoTracking().FirstOrDefaultAsync(w => w.Id == trialId && w.JobSeekerId == client.Id) is not { } trial
            || trial.Status is not (WorkTrialStatus.Completed or WorkTrialStatus.Interrupted))
        {
            return NotFound();
        }

        Client = client;
        Trial = trial;
        OrganiserName = await db.Employers.Where(e => e.Id == trial.OrganiserId).Select(e => e.Name).SingleAsync();
        Strings = new FixedLanguageLocalizer(tables, language);
        PrintedOn = clock.FinnishToday();
        await audit.RecordAndSaveAsync(AuditAction.Print, NewModel.RecordType, trial.Id.ToString(CultureInfo.InvariantCulture), clientId: client.Id, reason: "work-trial-statement-" + language);
        return Page();
    }
}
