using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Tyollisyys.Domain.Kuntalisa;
using Tyollisyys.Web.Data;
using Tyollisyys.Web.Infrastructure.Audit;
using Tyollisyys.Web.Infrastructure.Localization;

namespace Tyollisyys.Web.Pages.JobSeekers.Kuntalisa;

/// <summary>
/// Päätä maksatus: nothing more will be paid, so the commitment shrinks to what was paid. The confirmation names what
/// that releases from the appropriation (committed − paid). Only a decision in payment or ended early can be closed.
/// </summary>
public sealed class CloseModel(AppDbContext db, AuditLog audit, TimeProvider clock, IStringLocalizer<SharedResource> t)
    : DecisionFormPageModel(db, audit, clock, t)
{
    public bool Closable => Decision.Status is KuntalisaDecisionStatus.InPayment or KuntalisaDecisionStatus.EndedEarly;

    /// <summary>What closing releases: the commitment beyond what was paid.</summary>
    public decimal Releases => Math.Max(0m, Decision.Committed - Decision.TotalPaid);

    protected override string FormName => "close-form";

    public async Task<IActionResult> OnGetAsync(long id, long decisionId) =>
        await OpenAsync(id, decisionId) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(long id, long decisionId)
    {
        ModelState.Clear();
        if (!await OpenAsync(id, decisionId))
        {
            return NotFound();
        }

        var released = Releases;
        var saved = await TryChangeAsync(
            id,
            decisionId,
            () => Decision.Close(Clock.GetUtcNow()),
            string.Create(CultureInfo.InvariantCulture, $"closed: released {released:0.00}"));
        return saved ? Done(T["Kuntalisa.Close.Done", Formats.Euros(released)].Value) : Again();
    }
}
