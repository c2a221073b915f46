using System.Globalization;

namespace Tyollisyys.Web.Pages.Admin.Audit;

/// <summary>
/// The key of the last row on a page of the audit log (newest first): the next page starts strictly after it.
/// Written into the URL as "microseconds-since-epoch.id"; PostgreSQL keeps times to the microsecond.
/// </summary>
public readonly record struct AuditCursor(DateTimeOffset OccurredAt, long Id)
{
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{(OccurredAt - DateTimeOffset.UnixEpoch).Ticks / 10}.{Id}");

    public static AuditCursor? Parse(string? text)
    {
        var parts = text?.Split('.');
        return parts is [var micros, var id]
            && long.TryParse(micros, NumberStyles.None, CultureInfo.InvariantCulture, out var us)
            && long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var rowId)
            && us < (DateTimeOffset.MaxValue - DateTimeOffset.UnixEpoch).Ticks / 10
                ? new AuditCursor(DateTimeOffset.UnixEpoch.AddTicks(us * 10), rowId)
                : null;
    }
}
