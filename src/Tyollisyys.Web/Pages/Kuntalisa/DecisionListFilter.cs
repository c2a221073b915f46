using System.Globalization;
using System.Security.Claims;
using Tyollisyys.Domain.Kuntalisa;
using Tyollisyys.Web.Data;
using Tyollisyys.Web.Infrastructure.Access;
using Tyollisyys.Web.Infrastructure.Auth;

namespace Tyollisyys.Web.Pages.Kuntalisa;

/// <summary>
/// The decision list's filters (status, paying municipality, number prefix) as one value, so the list, its CSV and
/// the payments CSV select exactly the same decisions: always among the clients the user may see.
/// </summary>
public sealed record DecisionListFilter(KuntalisaDecisionStatus? Status, int? Municipality, string? Number)
{
    /// <summary>
    /// The filters as the page was asked for them: a manager with no filter at all (and no "show all") starts from
    /// the approval queue; a status no form offers is ignored.
    /// </summary>
    public static DecisionListFilter From(ClaimsPrincipal user, KuntalisaDecisionStatus? status, int? municipality, string? number, string? show)
    {
        if (status is null && show != "all" && user.IsInRole(Roles.Manager) && number is null && municipality is null)
        {
            status = KuntalisaDecisionStatus.Submitted;
        }

        if (status is { } s && !Enum.IsDefined(s))
        {
            status = null;
        }

        return new DecisionListFilter(status, municipality, string.IsNullOrWhiteSpace(number) ? null : number.Trim().ToUpperInvariant());
    }

    public IQueryable<KuntalisaDecision> Apply(AppDbContext db, ClaimsPrincipal user)
    {
        var visible = db.JobSeekers.VisibleTo(user);
        var query = db.KuntalisaDecisions.Where(d => visible.Any(j => j.Id == d.JobSeekerId));
        if (Status is { } status)
        {
            query = query.Where(d => d.Status == status);
        }

        if (Municipality is { } municipality)
        {
            query = query.Where(d => d.MunicipalityId == municipality);
        }

        if (Number is { } number)
        {
            query = query.Where(d => d.Number != null && d.Number.StartsWith(number));
        }

        return query;
    }

    /// <summary>What the audit trail keeps of the filters: never the number typed, only whether one was.</summary>
    public string AuditText => string.Create(
        CultureInfo.InvariantCulture,
        $"status={Status?.ToString() ?? "all"} municipality={Municipality?.ToString(CultureInfo.InvariantCulture) ?? "all"} search={Number is not null}");
}
