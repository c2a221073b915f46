using Tyollisyys.Domain.Process;

namespace Tyollisyys.Web.Pages.Worklist;

/// <summary>One line of the worklist: a client's due item.</summary>
public sealed record WorklistEntry(long ClientId, string ClientName, DueItem Item)
{
    /// <summary>Days past the due date (0 when not overdue).</summary>
    public int DaysLate(DateOnly today) => Math.Max(0, today.DayNumber - Item.DueDate.DayNumber);
}

/// <summary>
/// The "Today" section (issue 4 item 6): overdue items, oldest first, then those due within
/// <see cref="DeadlineCalculator.DueSoonDays"/> days, soonest first; with counts per group and per kind.
/// </summary>
public sealed class WorklistView
{
    private WorklistView(DateOnly today, List<WorklistEntry> overdue, List<WorklistEntry> dueSoon)
    {
        Today = today;
        Overdue = overdue;
        DueSoon = dueSoon;
    }

    public DateOnly Today { get; }

    public IReadOnlyList<WorklistEntry> Overdue { get; }

    public IReadOnlyList<WorklistEntry> DueSoon { get; }

    public int Total => Overdue.Count + DueSoon.Count;

    /// <summary>How many open items of each kind, overdue and due soon together, most first.</summary>
    public IReadOnlyList<(DueItemKind Kind, int Count)> CountsByKind =>
        [.. Overdue.Concat(DueSoon).GroupBy(e => e.Item.Kind).Select(g => (g.Key, g.Count())).OrderByDescending(c => c.Item2).ThenBy(c => c.Key)];

    public static WorklistView From(IEnumerable<ClientDeadlines> clients, DateOnly today)
    {
        var entries = clients
            .SelectMany(c => c.Items.Select(i => new WorklistEntry(c.ClientId, c.ClientName, i)))
            .ToList();
        return new WorklistView(
            today,
            Sorted(entries.Where(e => e.Item.Status == DueItemStatus.Overdue)),
            Sorted(entries.Where(e => e.Item.Status == DueItemStatus.DueSoon)));
    }

    private static List<WorklistEntry> Sorted(IEnumerable<WorklistEntry> entries) =>
        [.. entries.OrderBy(e => e.Item.DueDate).ThenBy(e => e.ClientName, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("fi-FI"), false)).ThenBy(e => e.Item.Kind).ThenBy(e => e.Item.Ordinal)];
}
