using System.Security.Claims;
using Tyollisyys.Domain.JobSeekers;
using Tyollisyys.Web.Data.DueItems;
using Tyollisyys.Web.Infrastructure.Auth;

namespace Tyollisyys.Web.Infrastructure.Access;

/// <summary>
/// Who may see which clients (domain.md §8): a Counsellor the clients of their own office, a Manager
/// every client of the area, an Admin none unless also given a client-facing role. Every query of client
/// data starts from <see cref="VisibleTo"/>, so a page cannot forget the rule.
/// </summary>
public static class ClientAccess
{
    public static IQueryable<JobSeeker> VisibleTo(this IQueryable<JobSeeker> clients, ClaimsPrincipal user)
    {
        if (user.IsInRole(Roles.Manager))
        {
            return clients;
        }

        if (user.IsInRole(Roles.Counsellor) && user.OfficeId() is { } officeId)
        {
            return clients.Where(c => c.OfficeId == officeId);
        }

        return clients.Where(_ => false);
    }

    /// <summary>The same rule for the clients' stored figures, which carry the client's office.</summary>
    public static IQueryable<ClientDueSummary> OfClientsVisibleTo(this IQueryable<ClientDueSummary> clients, ClaimsPrincipal user)
    {
        if (user.IsInRole(Roles.Manager))
        {
            return clients;
        }

        if (user.IsInRole(Roles.Counsellor) && user.OfficeId() is { } officeId)
        {
            return clients.Where(c => c.OfficeId == officeId);
        }

        return clients.Where(_ => false);
    }

    public static bool MaySee(this ClaimsPrincipal user, int clientOfficeId) =>
        user.IsInRole(Roles.Manager) || (user.IsInRole(Roles.Counsellor) && user.OfficeId() == clientOfficeId);

    /// <summary>Health-related target-group facts: only the client's own counsellor and managers.</summary>
    public static bool MaySeeSensitive(this ClaimsPrincipal user, Guid clientCounsellorId) =>
        user.IsInRole(Roles.Manager) || (user.IsInRole(Roles.Counsellor) && user.UserId() == clientCounsellorId);

    /// <summary>Reassignment: a Manager anywhere in the area, a Counsellor within their own office.</summary>
    public static bool MayReassignTo(this ClaimsPrincipal user, int clientOfficeId, int targetOfficeId) =>
        user.IsInRole(Roles.Manager)
        || (user.IsInRole(Roles.Counsellor) && user.OfficeId() == clientOfficeId && clientOfficeId == targetOfficeId);
}
