using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tyollisyys.Domain.JobSeekers;
using Tyollisyys.Domain.Process;
using Tyollisyys.Web.Data;
using Tyollisyys.Web.Infrastructure.Access;
using Tyollisyys.Web.Infrastructure.Audit;
using Tyollisyys.Web.Infrastructure.Localization;
using Tyollisyys.Web.Pages.JobSeekers.Journal;
using Tyollisyys.Web.Pages.Worklist;

namespace Tyollisyys.Web.Pages.JobSeekers;

/// <summary>
/// The client card: who the person is and where their job search stands. Every view is audited; the full
/// identity code appears only after the explicit "show" action, which is audited on its own.
/// </summary>
public sealed class CardModel(AppDbContext db, AuditLog audit, TimeProvider clock) : PageModel
{
    public JobSeeker Client { get; private set; } = null!;

    public JobSeekerFacts Facts { get; private set; } = null!;

    public string MunicipalityName { get; private set; } = string.Empty;

    public CounsellorOption? Counsellor { get; private set; }

    public bool MaySeeSensitive { get; private set; }

    public bool ShowsFullCode { get; private set; }

    public IReadOnlyList<JobSearchSpell> SpellHistory { get; private set; } = [];

    /// <summary>The due items of the current job search (none without one).</summary>
    public IReadOnlyList<DueItem> Deadlines { get; private set; } = [];

    public DateOnly Today { get; private set; }

    public Plans.PlanCardSection Plan { get; private set; } = null!;

    public JournalCardSection Journal { get; private set; } = null!;

    public Capacity.CapacityCardSection Capacity { get; private set; } = null!;

    public Kuntalisa.KuntalisaCardSection Kuntalisa { get; private set; } = null!;

    public WorkTrials.WorkTrialCardSection WorkTrials { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(long id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        // The view and every health-marked text shown on the card go into one save.
        audit.Record(AuditAction.View, "JobSeeker", Client.IdText(), clientId: Client.Id);
        audit.RecordHealthViews(Client.Id, Journal.ShownHealthEntryIds);
        await db.SaveChangesAsync();
        return Page();
    }

    /// <summary>A POST, not a link: showing the code is a deliberate act, recorded with its own reason.</summary>
    public async Task<IActionResult> OnPostShowCodeAsync(long id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        ShowsFullCode = true;
        audit.Record(AuditAction.View, "IdentityCode", Client.IdText(), clientId: Client.Id, reason: "identity-code-shown");
        audit.RecordHealthViews(Client.Id, Journal.ShownHealthEntryIds);
        await db.SaveChangesAsync();
        return Page();
    }

    private async Task<bool> LoadAsync(long id)
    {
        var client = await db.FindVisibleAsync(audit, User, id);
        if (client is null)
        {
            return false;
        }

        Client = client;
        Today = clock.FinnishToday();
        Facts = JobSeekerFacts.For(client.BirthDate, client.UnemployedSince, Today);
        MaySeeSensitive = User.MaySeeSensitive(client.CounsellorId);
        Counsellor = await db.CounsellorAsync(client.CounsellorId);
        var swedish = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "sv";
        MunicipalityName = await db.Municipalities.Where(m => m.Id == client.HomeMunicipalityId)
            .Select(m => swedish ? m.NameSv : m.NameFi).FirstOrDefaultAsync() ?? string.Empty;
        SpellHistory = [.. client.Spells.OrderByDescending(s => s.StartDate)];
        var deadlines = await ClientDeadlineQuery.ComputeAsync(db, db.JobSeekers.Where(j => j.Id == client.Id), Today);
        Deadlines = deadlines.SingleOrDefault()?.Items ?? [];
        Plan = await Plans.PlanCardSection.LoadAsync(db, client.Id);
        Journal = await JournalQueries.LatestAsync(db, client.Id, MaySeeSensitive);
        Capacity = await JobSeekers.Capacity.CapacityQueries.LatestAsync(db, client.Id);
        Kuntalisa = await JobSeekers.Kuntalisa.KuntalisaCardSection.LoadAsync(db, client.Id);
        WorkTrials = await JobSeekers.WorkTrials.WorkTrialCardSection.LoadAsync(db, client.Id);
        return true;
    }

    /// <summary>The badges the card shows, as string keys; the health-related one only to those who may see it.</summary>
    public IEnumerable<string> BadgeKeys()
    {
        if (Facts.IsLongTermUnemployed)
        {
            yield return "Badge.LongTermUnemployed";
        }

        if (Facts.IsUnder25)
        {
            yield return "Badge.Under25";
        }

        if (Facts.IsTypScreeningDue)
        {
            yield return "Badge.TypScreeningDue";
        }

        if (Facts.IsMunicipalFinancingShareRunning)
        {
            yield return "Badge.FinancingShare";
        }

        if (Client.PartialWorkAbility)
        {
            yield return "Badge.PartialWorkAbility";
        }

        if (Client.DisabilityOrLongTermIllness && MaySeeSensitive)
        {
            yield return "Badge.DisabilityOrIllness";
        }

        if (Client.ImmigrantOrForeignLanguage)
        {
            yield return "Badge.Immigrant";
        }

        if (Client.Code.IsTemporary)
        {
            yield return "Badge.TemporaryIdentityCode";
        }
    }
}
