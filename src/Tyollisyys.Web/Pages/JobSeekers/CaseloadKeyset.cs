using System.Globalization;
using Tyollisyys.Domain.JobSeekers;

namespace Tyollisyys.Web.Pages.JobSeekers;

/// <summary>
/// Keyset paging for each sort column: order by (key, id) and continue after (or before) the cursor
/// row, so a deep page costs what the first one does and rows added meanwhile neither vanish nor repeat.
/// Nullable keys are compared through a sentinel (COALESCE in SQL), which puts the nulls last in
/// ascending order and keeps the order total.
/// </summary>
public static class CaseloadKeyset
{
    /// <summary>Clients with no open spell sort after every status.</summary>
    public const int NoStatusKey = 99;

    /// <summary>Clients not unemployed now sort after every date (PostgreSQL's 'infinity').</summary>
    public static readonly DateOnly NoDateKey = DateOnly.MaxValue;

    public sealed record Cursor(string Text, int Number, DateOnly Date, long Id);

    public static IOrderedQueryable<JobSeeker> Order(IQueryable<JobSeeker> clients, CaseloadSort sort, bool ascending) => (sort, ascending) switch
    {
        (CaseloadSort.CustomerNumber, true) => clients.OrderBy(c => c.CustomerNumber).ThenBy(c => c.Id),
        (CaseloadSort.CustomerNumber, false) => clients.OrderByDescending(c => c.CustomerNumber).ThenByDescending(c => c.Id),
        (CaseloadSort.Status, true) => clients.OrderBy(c => (int?)c.CurrentStatus ?? NoStatusKey).ThenBy(c => c.Id),
        (CaseloadSort.Status, false) => clients.OrderByDescending(c => (int?)c.CurrentStatus ?? NoStatusKey).ThenByDescending(c => c.Id),
        (CaseloadSort.UnemployedSince, true) => clients.OrderBy(c => c.UnemployedSince ?? NoDateKey).ThenBy(c => c.Id),
        (CaseloadSort.UnemployedSince, false) => clients.OrderByDescending(c => c.UnemployedSince ?? NoDateKey).ThenByDescending(c => c.Id),
        (_, true) => clients.OrderBy(c => c.NameKey).ThenBy(c => c.Id),
        (_, false) => clients.OrderByDescending(c => c.NameKey).ThenByDescending(c => c.Id),
    };

    /// <summary>
    /// The rows beyond the cursor in the given direction. The name comparison repeats the bound
    /// (<c>name_key &gt;= v AND (…)</c>) so PostgreSQL can start the index scan at the cursor
    /// instead of filtering from the first row.
    /// </summary>
#pragma warning disable CA1307, CA1309 // EF Core turns only the two-argument string.Compare into SQL's < and >, in the column's collation, as ORDER BY uses
    public static IQueryable<JobSeeker> Beyond(IQueryable<JobSeeker> clients, CaseloadSort sort, bool ascending, Cursor at)
    {
        var (text, number, date, id) = at;
        return (sort, ascending) switch
        {
            (CaseloadSort.CustomerNumber, true) => clients.Where(c => string.Compare(c.CustomerNumber, text) > 0 || (c.CustomerNumber == text && c.Id > id)),
            (CaseloadSort.CustomerNumber, false) => clients.Where(c => string.Compare(c.CustomerNumber, text) < 0 || (c.CustomerNumber == text && c.Id < id)),
            (CaseloadSort.Status, true) => clients.Where(c => ((int?)c.CurrentStatus ?? NoStatusKey) > number || (((int?)c.CurrentStatus ?? NoStatusKey) == number && c.Id > id)),
            (CaseloadSort.Status, false) => clients.Where(c => ((int?)c.CurrentStatus ?? NoStatusKey) < number || (((int?)c.CurrentStatus ?? NoStatusKey) == number && c.Id < id)),
            (CaseloadSort.UnemployedSince, true) => clients.Where(c => (c.UnemployedSince ?? NoDateKey) > date || ((c.UnemployedSince ?? NoDateKey) == date && c.Id > id)),
            (CaseloadSort.UnemployedSince, false) => clients.Where(c => (c.UnemployedSince ?? NoDateKey) < date || ((c.UnemployedSince ?? NoDateKey) == date && c.Id < id)),
            (_, true) => clients.Where(c => string.Compare(c.NameKey, text) >= 0 && (string.Compare(c.NameKey, text) > 0 || (c.NameKey == text && c.Id > id))),
            (_, false) => clients.Where(c => string.Compare(c.NameKey, text) <= 0 && (string.Compare(c.NameKey, text) < 0 || (c.NameKey == text && c.Id < id))),
        };
    }
#pragma warning restore CA1307, CA1309

    /// <summary>The cursor for a row: its sort key as the query compares it, then its id.</summary>
    public static string Format(CaseloadSort sort, CaseloadRow row) =>
        string.Create(CultureInfo.InvariantCulture, $"{KeyOf(sort, row)}|{row.Id}");

    public static Cursor? Parse(CaseloadSort sort, string? cursor)
    {
        var bar = cursor?.LastIndexOf('|') ?? -1;
        if (bar < 0 || !long.TryParse(cursor.AsSpan(bar + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            return null;
        }

        var key = cursor![..bar];
        return sort switch
        {
            CaseloadSort.Status => int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? new(string.Empty, number, default, id) : null,
            CaseloadSort.UnemployedSince => DateOnly.TryParseExact(key, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? new(string.Empty, 0, date, id) : null,
            _ => new(key, 0, default, id),
        };
    }

    private static string KeyOf(CaseloadSort sort, CaseloadRow row) => sort switch
    {
        CaseloadSort.CustomerNumber => row.CustomerNumber,
        CaseloadSort.Status => ((int?)row.Status ?? NoStatusKey).ToString(CultureInfo.InvariantCulture),
        CaseloadSort.UnemployedSince => (row.UnemployedSince ?? NoDateKey).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => row.NameKey,
    };
}
