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
/// One kuntalisä decision: its facts, the eligibility check and amounts while undecided, the grant once decided,
/// its claims, and the actions its state allows (submit, return to draft, decide, claims, end early, cancel, close, letters).
/// </summary>
public sealed class DecisionModel(AppDbContext db, AuditLog audit, TimeProvider clock, IStringLocalizer<SharedResource> t) : DecisionPageModel(db, audit)
{
    [BindProperty]
    public uint RowVersion { get; set; }

    public DecisionAssessment? Assessment { get; private set; }

    public DecisionNames Names { get; private set; } = null!;

    public bool IsManager => User.IsInRole(Roles.Manager);

    public bool IsDrafter => User.UserId() == Decision.DraftedBy;

    public async Task<IActionResult> OnGetAsync(long id, long decisionId)
    {
        if (!await FindAsync(id, decisionId))
        {
            return NotFound();
        }

        await RecordViewAsync("kuntalisa-decision");
        await LoadAsync();
        return Page();
    }

    public Task<IActionResult> OnPostSubmitAsync(long id, long decisionId) =>
        ChangeAsync(id, decisionId, d => d.Submit(clock.GetUtcNow()), "kuntalisa-submitted", "Kuntalisa.Decision.Submitted");

    public Task<IActionResult> OnPostReturnAsync(long id, long decisionId) =>
        ChangeAsync(id, decisionId, d => d.ReturnToDraft(), "kuntalisa-returned-to-draft", "Kuntalisa.Decision.Returned");

    private async Task<IActionResult> ChangeAsync(long id, long decisionId, Action<KuntalisaDecision> change, string reason, string doneKey)
    {
        if (!await FindAsync(id, decisionId))
        {
            return NotFound();
        }

        try
        {
            Db.Entry(Decision).Property<uint>("xmin").OriginalValue = RowVersion;
            change(Decision);
            RecordChange(reason);
            await Db.SaveChangesAsync();
        }
        catch (DomainException ex)
        {
            TempData["Status"] = t.Message(ex);
            return LocalRedirect(PathOf(id, decisionId));
        }
        catch (DbUpdateConcurrencyException)
        {
            TempData["Status"] = t["Error.Concurrency"].Value;
            return LocalRedirect(PathOf(id, decisionId));
        }

        TempData["Status"] = t[doneKey].Value;
        return LocalRedirect(PathOf(id, decisionId));
    }

    private async Task LoadAsync()
    {
        RowVersion = Db.Entry(Decision).Property<uint>("xmin").CurrentValue;
        Names = await DecisionNames.LoadAsync(Db, Decision);
        if (Decision.Status is KuntalisaDecisionStatus.Draft or KuntalisaDecisionStatus.Submitted)
        {
            Assessment = DecisionAssessment.Of(Decision, Client, Employer.Type, Rule);
        }
    }
}
