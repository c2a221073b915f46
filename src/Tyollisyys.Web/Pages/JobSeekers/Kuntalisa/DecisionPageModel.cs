using System.Globalization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tyollisyys.Domain.Employers;
using Tyollisyys.Domain.JobSeekers;
using Tyollisyys.Domain.Kuntalisa;
using Tyollisyys.Web.Data;
using Tyollisyys.Web.Infrastructure.Audit;

namespace Tyollisyys.Web.Pages.JobSeekers.Kuntalisa;

/// <summary>
/// What every page of one kuntalisä decision shares: the client through the access rule (404 and an audited denial
/// otherwise), the decision of that client with its claims (tracked, for a change), its employer and the rule version
/// it was made under; and the audit rows, which the page saves with its change or, for a read, on their own.
/// </summary>
public abstract class DecisionPageModel(AppDbContext db, AuditLog audit) : PageModel
{
    public const string RecordType = "KuntalisaDecision";

    public JobSeeker Client { get; private set; } = null!;

    public KuntalisaDecision Decision { get; private set; } = null!;

    public Employer Employer { get; private set; } = null!;

    public KuntalisaRuleVersion Rule { get; private set; } = null!;

    protected AppDbContext Db => db;

    protected AuditLog Audit => audit;

    /// <summary>The decision's URL, for redirects after a change.</summary>
    public static string PathOf(long clientId, long decisionId) =>
        string.Create(CultureInfo.InvariantCulture, $"/JobSeekers/{clientId}/Kuntalisa/{decisionId}");

    protected async Task<bool> FindAsync(long id, long decisionId)
    {
        if (await db.FindVisibleAsync(audit, User, id) is not { } client)
        {
            return false;
        }

        var decision = await db.KuntalisaDecisions.Include(d => d.Claims)
            .FirstOrDefaultAsync(d => d.Id == decisionId && d.JobSeekerId == client.Id);
        if (decision is null)
        {
            return false;
        }

        Client = client;
        Decision = decision;
        Employer = await db.Employers.AsNoTracking().SingleAsync(e => e.Id == decision.EmployerId);
        Rule = await db.KuntalisaRuleVersions.AsNoTracking().SingleAsync(r => r.Id == decision.RuleVersionId);
        return true;
    }

    /// <summary>Adds the audit row of a change to the decision; the caller's SaveChanges writes both.</summary>
    protected void RecordChange(string reason) =>
        audit.Record(AuditAction.Update, RecordType, Decision.Id.ToString(CultureInfo.InvariantCulture), clientId: Client.Id, reason: reason);

    /// <summary>A read of the decision (page, form, letter), saved on its own.</summary>
    protected Task RecordViewAsync(string reason, AuditAction action = AuditAction.View) =>
        audit.RecordAndSaveAsync(action, RecordType, Decision.Id.ToString(CultureInfo.InvariantCulture), clientId: Client.Id, reason: reason);
}
