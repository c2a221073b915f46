using System.Globalization;
using Tyollisyys.Web.Infrastructure.Audit;
using Tyollisyys.Web.Pages.JobSeekers.Kuntalisa;
using Tyollisyys.Web.Pages.JobSeekers.Plans;
using TrialPages = Tyollisyys.Web.Pages.JobSeekers.WorkTrials;

namespace Tyollisyys.Web.Pages.JobSeekers.DataExport;

/// <summary>
/// The audit trail's rows about one person (<see cref="AuditEvent.ClientId"/>), as the person may see them: when,
/// which member of staff by name and roles, what was done to which of the person's records, the outcome and the
/// trail's short reason. Nothing that could name someone else leaves the trail: a record id is kept only when it is
/// one of this person's own records (an employer page's id, say, is dropped), and the request path, IP address,
/// correlation id and office are never copied.
/// </summary>
internal static class AccessLog
{
    /// <summary>The prefix of the reason the reassignment page writes; the mover's own words follow it.</summary>
    public const string ReassignedPrefix = "reassigned: ";

    public static IReadOnlyList<ExportedAccessLogEntry> Entries(
        IEnumerable<AuditEvent> rows, IReadOnlyDictionary<Guid, string> staff, DataSubjectExportLoader.OwnRecords own) =>
        [.. rows.Select(e => new ExportedAccessLogEntry(
            e.OccurredAt,
            StaffName(e, staff),
            Roles(e.Roles),
            e.Action,
            e.RecordType,
            IsOwn(e.RecordType, e.RecordId, own) ? e.RecordId : null,
            e.Outcome,
            e.Reason))];

    /// <summary>Moves to another counsellor: successful updates of the person whose reason is the reassignment page's.</summary>
    public static IReadOnlyList<ExportedReassignment> Reassignments(IEnumerable<AuditEvent> rows, IReadOnlyDictionary<Guid, string> staff) =>
        [.. rows
            .Where(e => e.Action == AuditAction.Update && e.Outcome == AuditOutcome.Success && e.RecordType == "JobSeeker"
                && e.Reason is { } reason && reason.StartsWith(ReassignedPrefix, StringComparison.Ordinal))
            .Select(e => new ExportedReassignment(e.OccurredAt, StaffName(e, staff), e.Reason![ReassignedPrefix.Length..]))];

    private static string StaffName(AuditEvent e, IReadOnlyDictionary<Guid, string> staff) =>
        e.UserId is { } id && staff.TryGetValue(id, out var name) && name.Length > 0 ? name : e.UserName ?? string.Empty;

    private static string[] Roles(string? roles) =>
        string.IsNullOrEmpty(roles) ? [] : roles.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static bool IsOwn(string? recordType, string? recordId, DataSubjectExportLoader.OwnRecords own)
    {
        if (!long.TryParse(recordId, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            return false;
        }

        return recordType switch
        {
            "JobSeeker" or "IdentityCode" => id == own.ClientId,
            "JournalEntry" => own.JournalEntries.Contains(id),
            "CapacityAssessment" => own.Assessments.Contains(id),
            PlanPageModel.RecordType => own.Plans.Contains(id),
            DecisionPageModel.RecordType => own.Decisions.Contains(id),
            TrialPages.NewModel.RecordType => own.Trials.Contains(id),
            _ => false,
        };
    }
}
