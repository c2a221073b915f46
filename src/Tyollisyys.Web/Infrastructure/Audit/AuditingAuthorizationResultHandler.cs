using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace Tyollisyys.Web.Infrastructure.Audit;

/// <summary>
/// Writes an access-denied audit row for every authorization denial of a signed-in user, then lets the
/// default handler answer (403 page). An anonymous challenge is a redirect to the login page, not a denial.
/// </summary>
public sealed class AuditingAuthorizationResultHandler : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public async Task HandleAsync(
        RequestDelegate next,
        HttpContext context,
        AuthorizationPolicy policy,
        PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Forbidden)
        {
            var audit = context.RequestServices.GetRequiredService<AuditLog>();
            var failed = authorizeResult.AuthorizationFailure?.FailedRequirements
                .Select(r => r.GetType().Name)
                .FirstOrDefault();
            await audit.RecordAndSaveAsync(
                AuditAction.AccessDenied,
                recordType: "Page",
                recordId: context.Request.Path.Value,
                outcome: AuditOutcome.Denied,
                reason: failed,
                cancellationToken: context.RequestAborted);
        }

        await _default.HandleAsync(next, context, policy, authorizeResult);
    }
}
