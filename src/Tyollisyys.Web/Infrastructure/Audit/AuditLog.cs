using System.Security.Claims;
using Tyollisyys.Web.Data;
using Tyollisyys.Web.Infrastructure.Auth;

namespace Tyollisyys.Web.Infrastructure.Audit;

/// <summary>
/// The one way features write the audit trail. <see cref="Record"/> adds the row to the request's
/// DbContext, so it is saved in the same transaction as the change it records; a view with no
/// change calls <see cref="RecordAndSaveAsync"/>.
/// </summary>
public sealed class AuditLog(AppDbContext db, IHttpContextAccessor httpContextAccessor, TimeProvider clock)
{
    public void Record(
        AuditAction action,
        string? recordType = null,
        string? recordId = null,
        long? clientId = null,
        AuditOutcome outcome = AuditOutcome.Success,
        string? reason = null)
    {
        var http = httpContextAccessor.HttpContext;
        RecordFor(http?.User ?? new ClaimsPrincipal(), action, recordType, recordId, clientId, outcome, reason);
    }

    /// <summary>Records an event on behalf of a known actor, e.g. at login, before the cookie exists.</summary>
    public void RecordFor(
        ClaimsPrincipal actor,
        AuditAction action,
        string? recordType = null,
        string? recordId = null,
        long? clientId = null,
        AuditOutcome outcome = AuditOutcome.Success,
        string? reason = null)
    {
        var http = httpContextAccessor.HttpContext;
        db.AuditEvents.Add(new AuditEvent
        {
            OccurredAt = clock.GetUtcNow(),
            UserId = actor.UserId(),
            UserName = actor.Identity?.Name,
            Roles = actor.FindAll(ClaimTypes.Role).Select(c => c.Value).ToList() is { Count: > 0 } roles
                ? string.Join(',', roles)
                : null,
            OfficeId = actor.OfficeId(),
            Action = action,
            RecordType = recordType,
            RecordId = recordId,
            ClientId = clientId,
            Outcome = outcome,
            Reason = Truncate(reason, 1000),
            Path = Truncate(http?.Request.Path.Value, 300),
            CorrelationId = http?.TraceIdentifier,
            IpAddress = http?.Connection.RemoteIpAddress?.ToString(),
        });
    }

    public async Task RecordAndSaveAsync(
        AuditAction action,
        string? recordType = null,
        string? recordId = null,
        long? clientId = null,
        AuditOutcome outcome = AuditOutcome.Success,
        string? reason = null,
        CancellationToken cancellationToken = default)
    {
        Record(action, recordType, recordId, clientId, outcome, reason);
        await db.SaveChangesAsync(cancellationToken);
    }

    private static string? Truncate(string? value, int max) =>
        value is null || value.Length <= max ? value : value[..max];
}
