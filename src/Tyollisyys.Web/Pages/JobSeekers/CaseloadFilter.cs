using Tyollisyys.Domain.JobSeekers;

namespace Tyollisyys.Web.Pages.JobSeekers;

/// <summary>Whose clients the list shows: my own, my office's, or (Managers) the whole area.</summary>
public enum CaseloadScope
{
    Mine,
    Office,
    All,
}

public enum CaseloadSort
{
    Name,
    CustomerNumber,
    Status,
    UnemployedSince,
}

/// <summary>
/// What the caseload list was asked for, bound from the query string of a GET form so that every
/// view of the list is a link that can be bookmarked, reloaded and opened in a new tab.
/// </summary>
public sealed class CaseloadFilter
{
    /// <summary>The value of the status filter that means "no open job-search spell".</summary>
    public const string NoStatus = "None";

    /// <summary>Null: the default for the role (Mine for a Counsellor, All for a Manager).</summary>
    public CaseloadScope? Scope { get; set; }

    /// <summary>Managers only, with the All scope: one office of the area.</summary>
    public int? Office { get; set; }

    /// <summary>One search field: name prefix, (partial) identity code or customer number.</summary>
    public string? Q { get; set; }

    /// <summary>A <see cref="JobSearchStatus"/> name, or <see cref="NoStatus"/>.</summary>
    public string? Status { get; set; }

    public bool PartialWorkAbility { get; set; }

    public bool Immigrant { get; set; }

    /// <summary>Sensitive (health): offered to and applied for Managers only.</summary>
    public bool Disability { get; set; }

    public bool LongTerm { get; set; }

    public bool Under25 { get; set; }

    public CaseloadSort Sort { get; set; }

    public bool Desc { get; set; }

    /// <summary>Keyset cursor "sort value|id" of the last row of the previous page.</summary>
    public string? After { get; set; }

    /// <summary>Keyset cursor of the first row of the next page, when paging backwards.</summary>
    public string? Before { get; set; }

    public bool HasSearch => !string.IsNullOrWhiteSpace(Q);

    public bool HasFilters => Status is { Length: > 0 } || PartialWorkAbility || Immigrant || Disability || LongTerm || Under25 || Office is not null;

    public JobSearchStatus? StatusValue =>
        Enum.TryParse<JobSearchStatus>(Status, ignoreCase: false, out var status) && Enum.IsDefined(status) ? status : null;

    public CaseloadFilter Copy() => (CaseloadFilter)MemberwiseClone();

    /// <summary>The list's address with these choices; defaults are left out to keep links short.</summary>
    public string ToUrl()
    {
        var query = new List<KeyValuePair<string, string?>>();
        void Add(string name, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                query.Add(new(name, value));
            }
        }

        Add("scope", Scope?.ToString());
        Add("office", Office?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Add("q", Q?.Trim());
        Add("status", Status);
        Add("partialWorkAbility", PartialWorkAbility ? "true" : null);
        Add("immigrant", Immigrant ? "true" : null);
        Add("disability", Disability ? "true" : null);
        Add("longTerm", LongTerm ? "true" : null);
        Add("under25", Under25 ? "true" : null);
        Add("sort", Sort == CaseloadSort.Name ? null : Sort.ToString());
        Add("desc", Desc ? "true" : null);
        Add("after", After);
        Add("before", Before);
        return "/" + QueryString.Create(query).ToUriComponent();
    }

    /// <summary>The same view from its first page, e.g. for a new sort order.</summary>
    public CaseloadFilter FirstPage()
    {
        var copy = Copy();
        copy.After = copy.Before = null;
        return copy;
    }

    /// <summary>The same scope with no search and no filters: where "clear the search" leads.</summary>
    public CaseloadFilter Cleared() => new() { Scope = Scope };
}
