using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tyollisyys.Domain.Common;
using Tyollisyys.Web.Data;
using Tyollisyys.Web.Infrastructure.Audit;
using Tyollisyys.Web.Infrastructure.Localization;

namespace Tyollisyys.Web.Pages.JobSeekers.Kuntalisa;

/// <summary>
/// The one flow of the pages that change a decision after approval (claims, early end, cancelling, closing): the
/// form carries the decision's row version; the change is checked by the domain, audited in the same save and
/// refused as a concurrent edit when the decision changed since the form was shown. Every GET and POST audits the
/// view of the decision first, as the client pages do, so nothing the page reads goes unrecorded.
/// </summary>
public abstract class DecisionFormPageModel(AppDbContext db, AuditLog audit, TimeProvider clock, IStringLocalizer<SharedResource> t)
    : DecisionPageModel(db, audit)
{
    /// <summary>The decision's row version (xmin) when the form was shown.</summary>
    [BindProperty]
    public uint Version { get; set; }

    protected TimeProvider Clock => clock;

    protected IStringLocalizer<SharedResource> T => t;

    protected DateOnly Today => clock.FinnishToday();

    /// <summary>After a conflict the decision could not be read again (e.g. the client moved out of the user's sight).</summary>
    protected bool Vanished { get; private set; }

    /// <summary>The audit reason of a view of this form, e.g. "claim-form".</summary>
    protected abstract string FormName { get; }

    /// <summary>Finds the client and the decision, audits the view and takes the row version when none was posted.</summary>
    protected async Task<bool> OpenAsync(long id, long decisionId)
    {
        if (!await FindAsync(id, decisionId))
        {
            return false;
        }

        await RecordViewAsync(FormName);
        if (Version == 0)
        {
            Version = RowVersion.Of(Db, Decision);
        }

        return true;
    }

    /// <summary>
    /// Applies <paramref name="change"/> to the decision under the posted row version and saves it with its audit row.
    /// False when the domain refused (the message is on the form) or someone changed the decision meanwhile (the
    /// decision is read again, with its new row version, and <c>Error.Concurrency</c> is on the form).
    /// </summary>
    protected async Task<bool> TryChangeAsync(long id, long decisionId, Action change, string auditReason, Func<DomainException, string>? fieldOf = null)
    {
        RowVersion.Expect(Db, Decision, Version);
        try
        {
            change();
        }
        catch (DomainException ex)
        {
            ModelState.AddDomainError(t, ex, fieldOf?.Invoke(ex) ?? string.Empty);
            return false;
        }

        // A claim may add a row without changing the decision's own columns; marking one column modified makes the
        // UPDATE (and so the xmin check) happen anyway, so two claims on a stale form cannot both be saved.
        Db.Entry(Decision).Property(d => d.Committed).IsModified = true;
        RecordChange(auditReason);
        try
        {
            await Db.SaveChangesAsync();
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            Db.ChangeTracker.Clear();
            await Audit.RecordAndSaveAsync(
                AuditAction.Update,
                RecordType,
                decisionId.ToString(CultureInfo.InvariantCulture),
                clientId: id,
                outcome: AuditOutcome.Failure,
                reason: $"concurrency-conflict: {auditReason}");
            if (!await FindAsync(id, decisionId))
            {
                Vanished = true;
                return false;
            }

            Version = RowVersion.Of(Db, Decision);
            ModelState.AddModelError(string.Empty, t["Error.Concurrency"]);
            return false;
        }
    }

    /// <summary>The form again after a refusal (404 when the decision can no longer be read).</summary>
    protected IActionResult Again() => Vanished ? NotFound() : Page();

    /// <summary>Back to the decision page with the status message.</summary>
    protected IActionResult Done(string message)
    {
        TempData["Status"] = message;
        return LocalRedirect(PathOf(Client.Id, Decision.Id));
    }
}
