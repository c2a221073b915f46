using System.Globalization;
using Tyollisyys.Web.Infrastructure.Audit;

namespace Tyollisyys.Web.Pages.JobSeekers;

/// <summary>
/// What the audit trail keeps of a list view: a search or a plain view, with the kind of search, the
/// scope, the filters and the number of hits. Never the search text, which may be an identity code,
/// and never a cursor, which holds a name or a date.
/// </summary>
public static class CaseloadAudit
{
    public static (AuditAction Action, string Reason) Describe(CaseloadPage page)
    {
        var filter = page.Filter;
        var parts = new List<string>();
        if (page.Search.Kind != SearchKind.None)
        {
            parts.Add("search=" + page.Search.AuditName);
        }

        parts.Add("scope=" + page.Scope);
        if (page.Scope == CaseloadScope.All && filter.Office is { } office)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"office={office}"));
        }

        if (filter.Status is { Length: > 0 } && (filter.Status == CaseloadFilter.NoStatus || filter.StatusValue is not null))
        {
            parts.Add("status=" + filter.Status);
        }

        AddFlag(parts, filter.PartialWorkAbility, "partial-work-ability");
        AddFlag(parts, filter.Immigrant, "immigrant");
        AddFlag(parts, filter.Disability && page.IsManager, "disability");
        AddFlag(parts, filter.LongTerm, "long-term");
        AddFlag(parts, filter.Under25, "under-25");
        parts.Add("sort=" + filter.Sort + (filter.Desc ? "-desc" : string.Empty));
        parts.Add(filter.After is not null ? "page=next" : filter.Before is not null ? "page=previous" : "page=first");
        parts.Add(string.Create(CultureInfo.InvariantCulture, $"hits={page.Total}"));

        return (page.Search.Kind == SearchKind.None ? AuditAction.View : AuditAction.Search, string.Join("; ", parts));
    }

    private static void AddFlag(List<string> parts, bool on, string name)
    {
        if (on)
        {
            parts.Add(name);
        }
    }
}
