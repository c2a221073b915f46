using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tyollisyys.Domain.Common;
using Tyollisyys.Domain.Kuntalisa;
using Tyollisyys.Web.Data;
using Tyollisyys.Web.Infrastructure.Audit;
using Tyollisyys.Web.Infrastructure.Auth;
using Tyollisyys.Web.Infrastructure.Localization;

namespace Tyollisyys.Web.Pages.JobSeekers.Kuntalisa;

/// <summary>
/// The manager's decision on a submitted application: approve (committed against the year's appropriation, numbered)
/// or reject with reasons. The drafter may not decide (four eyes); the domain refuses it as well.
/// </summary>
public sealed class DecideModel(AppDbContext db, AuditLog audit, TimeProvider clock, IStringLocalizer<SharedResource> t) : DecisionPageModel(db, audit)
{
    [BindProperty]
    public uint RowVersion { get; set; }

    [BindProperty]
    public string? RejectionReason { get; set; }

    public DecisionAssessment Assessment { get; private set; } = null!;

    public decimal? Appropriation { get; private set; }

    public decimal CommittedByOthers { get; private set; }

    public int Year { get; private set; }

    public bool IsDrafter => User.UserId() == Decision.DraftedBy;

    public async Task<IActionResult> OnGetAsync(long id, long decisionId)
    {
        if (!await FindAsync(id, decisionId))
        {
            return NotFound();
        }

        if (Decision.Status != KuntalisaDecisionStatus.Submitted)
        {
            return LocalRedirect(PathOf(id, decisionId));
        }

        await RecordViewAsync("kuntalisa-decide-form");
        RowVersion = Db.Entry(Decision).Property<uint>("xmin").CurrentValue;
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostApproveAsync(long id, long decisionId)
    {
        ModelState.Clear();
        if (!await FindAsync(id, decisionId))
        {
            return NotFound();
        }

        var application = DecisionFacts.ApplicationFor(Decision, Client, Employer.Type);
        return await DecideAsync(id, decisionId, () => DecisionApproval.ApproveAsync(
            Db, Audit, Decision, Rule, application, User.UserId()!.Value, clock.GetUtcNow(), clock.FinnishToday()), "Kuntalisa.Decide.Approved");
    }

    public async Task<IActionResult> OnPostRejectAsync(long id, long decisionId)
    {
        ModelState.Clear();
        if (!await FindAsync(id, decisionId))
        {
            return NotFound();
        }

        return await DecideAsync(id, decisionId, async () =>
        {
            Decision.Reject(User.UserId()!.Value, clock.GetUtcNow(), clock.FinnishToday(), RejectionReason ?? string.Empty);
            RecordChange("kuntalisa-rejected");
            await Db.SaveChangesAsync();
        }, "Kuntalisa.Decide.Rejected", "RejectionReason");
    }

    private async Task<IActionResult> DecideAsync(long id, long decisionId, Func<Task> decide, string doneKey, string errorField = "")
    {
        try
        {
            Db.Entry(Decision).Property<uint>("xmin").OriginalValue = RowVersion;
            await decide();
        }
        catch (DomainException ex)
        {
            // Nothing was saved (the approval's transaction rolled back); show the refusal with the figures.
            ModelState.AddDomainError(t, ex, ex.MessageKey == "Kuntalisa.Decision.RejectionReasonRequired" || ex.MessageKey == "Validation.TooLong" ? errorField : string.Empty);
            await ReloadAsync();
            return Page();
        }
        catch (DbUpdateConcurrencyException)
        {
            TempData["Status"] = t["Kuntalisa.Decide.AlreadyChanged"].Value;
            return LocalRedirect(PathOf(id, decisionId));
        }

        TempData["Status"] = t[doneKey, Decision.Number ?? string.Empty].Value;
        return LocalRedirect(PathOf(id, decisionId));
    }

    /// <summary>After a refusal the tracked decision may hold half-applied state: read it again as stored.</summary>
    private async Task ReloadAsync()
    {
        await Db.Entry(Decision).ReloadAsync();
        if (Decision.Status != KuntalisaDecisionStatus.Submitted)
        {
            return;
        }

        RowVersion = Db.Entry(Decision).Property<uint>("xmin").CurrentValue;
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        Assessment = DecisionAssessment.Of(Decision, Client, Employer.Type, Rule);
        Year = clock.FinnishToday().Year;
        Appropriation = await Db.Appropriations.Where(a => a.MunicipalityId == Decision.MunicipalityId && a.Year == Year)
            .Select(a => (decimal?)a.Amount).SingleOrDefaultAsync();
        CommittedByOthers = await DecisionApproval.CommittedAsync(Db, Decision.MunicipalityId, Year, Decision.Id);
    }
}
