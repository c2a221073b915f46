namespace Tyollisyys.Web.Pages.Manager.Caseload;

/// <summary>The caseload review's columns, by the name they have in the address (?sort=overdue).</summary>
public static class CaseloadReviewSort
{
    public const string Name = "name";

    public static readonly IReadOnlyList<string> Columns =
        [Name, "active", "overdue", "withoutPlan", "longTerm", "typ", "trials", "decisions"];

    public static string Valid(string? sort) => sort is not null && Columns.Contains(sort) ? sort : Name;

    /// <summary>
    /// The offices in name order, each with its counsellors sorted by the column (ties by name), so that figures are
    /// compared within an office, where the target applies.
    /// </summary>
    public static IReadOnlyList<CaseloadReviewOffice> Group(IEnumerable<CaseloadReviewRow> rows, string sort, bool descending)
    {
        var names = StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("fi-FI"), ignoreCase: true);
        return [.. rows
            .GroupBy(r => (r.OfficeId, r.OfficeName, r.Target))
            .OrderBy(g => g.Key.OfficeName, names)
            .Select(g =>
            {
                var ordered = sort == Name
                    ? (descending ? g.OrderByDescending(r => r.Name, names) : g.OrderBy(r => r.Name, names))
                    : (descending ? g.OrderByDescending(r => Figure(r, sort)) : g.OrderBy(r => Figure(r, sort))).ThenBy(r => r.Name, names);
                return new CaseloadReviewOffice(g.Key.OfficeId, g.Key.OfficeName, g.Key.Target, [.. ordered]);
            })];
    }

    private static int Figure(CaseloadReviewRow row, string sort) => sort switch
    {
        "active" => row.ActiveClients,
        "overdue" => row.Overdue,
        "withoutPlan" => row.WithoutPlan,
        "longTerm" => row.LongTermUnemployed,
        "typ" => row.TypScreeningsDue,
        "trials" => row.TrialsOngoing,
        "decisions" => row.DecisionsAwaiting,
        _ => 0,
    };
}

/// <summary>
/// One office's block of the review, with its totals; the totals' target is the office's capacity, the target times
/// its active counsellors.
/// </summary>
public sealed record CaseloadReviewOffice(int Id, string Name, int Target, IReadOnlyList<CaseloadReviewRow> Counsellors)
{
    public CaseloadReviewRow Totals => new(
        Guid.Empty,
        Name,
        true,
        Id,
        Name,
        Target * Counsellors.Count(c => c.IsActive),
        Counsellors.Sum(c => c.ActiveClients),
        Counsellors.Sum(c => c.Overdue),
        Counsellors.Sum(c => c.WithoutPlan),
        Counsellors.Sum(c => c.LongTermUnemployed),
        Counsellors.Sum(c => c.TypScreeningsDue),
        Counsellors.Sum(c => c.TrialsOngoing),
        Counsellors.Sum(c => c.DecisionsAwaiting));
}
