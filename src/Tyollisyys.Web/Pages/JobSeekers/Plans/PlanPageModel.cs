using System.Globalization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Tyollisyys.Domain.JobSeekers;
using Tyollisyys.Domain.Plans;
using Tyollisyys.Web.Data;
using Tyollisyys.Web.Infrastructure.Audit;
using Tyollisyys.Web.Infrastructure.Localization;

namespace Tyollisyys.Web.Pages.JobSeekers.Plans;

/// <summary>
/// What the read-only plan pages share: the client found through the access rule (404 and an audited denial
/// otherwise), and the audit row of what was read, saved with nothing else.
/// </summary>
public abstract class PlanPageModel(AppDbContext db, AuditLog audit, IStringLocalizer<SharedResource> t) : PageModel
{
    public const string RecordType = "EmploymentPlan";

    public JobSeeker Client { get; private set; } = null!;

    protected AppDbContext Db => db;

    protected IStringLocalizer<SharedResource> T => t;

    public PlanLabels LabelsFor(IReadOnlyDictionary<int, ServiceOffering> services) => new(t, services, PlanLabels.Language);

    protected async Task<bool> FindClientAsync(long id)
    {
        if (await db.FindVisibleAsync(audit, User, id) is not { } client)
        {
            return false;
        }

        Client = client;
        return true;
    }

    protected Task AuditAsync(AuditAction action, EmploymentPlan? plan, string reason) =>
        audit.RecordAndSaveAsync(
            action,
            plan is null ? "JobSeeker" : RecordType,
            plan is null ? Client.IdText() : plan.Id.ToString(CultureInfo.InvariantCulture),
            clientId: Client.Id,
            reason: reason);
}
