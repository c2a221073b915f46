namespace Tyollisyys.Web.Infrastructure.Audit;

public enum AuditAction
{
    View,
    Search,
    Create,
    Update,
    Delete,
    Export,
    Print,
    Login,
    LoginFailed,
    Logout,
    AccessDenied,
}

public enum AuditOutcome
{
    Success,
    Failure,
    Denied,
}

/// <summary>
/// One row of the append-only audit trail (906/2019 §17): who, when, what, about whom, why and with
/// what outcome. The database refuses UPDATE, DELETE and TRUNCATE on its table.
/// </summary>
public sealed class AuditEvent
{
    public long Id { get; init; }

    public DateTimeOffset OccurredAt { get; init; }

    public Guid? UserId { get; init; }

    public string? UserName { get; init; }

    public string? Roles { get; init; }

    public int? OfficeId { get; init; }

    public AuditAction Action { get; init; }

    public string? RecordType { get; init; }

    public string? RecordId { get; init; }

    /// <summary>The job-seeker the event concerns, when it concerns a person.</summary>
    public long? ClientId { get; init; }

    public AuditOutcome Outcome { get; init; }

    /// <summary>Why: the purpose the user gave, or the reason a request was refused.</summary>
    public string? Reason { get; init; }

    public string? Path { get; init; }

    public string? CorrelationId { get; init; }

    public string? IpAddress { get; init; }
}
