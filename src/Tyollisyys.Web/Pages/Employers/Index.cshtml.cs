using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tyollisyys.Domain.Employers;
using Tyollisyys.Web.Data;
using Tyollisyys.Web.Pages.Admin;

namespace Tyollisyys.Web.Pages.Employers;

/// <summary>The employer registry: search by name prefix or business ID, filters, sorting and paging, all in the query string.</summary>
public sealed class IndexModel(AppDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public EmployerType? Type { get; set; }

    /// <summary>"active", "inactive" or empty for both.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public EmployerSort Sort { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Desc { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public EmployerSearch Search { get; private set; } = EmployerSearch.None;

    public EmployerListPage Result { get; private set; } = null!;

    public bool Filtered => Search.Kind != EmployerSearchKind.None || Type is not null || Status is not null;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        // Values a hand-edited link may carry but the form never offers are ignored, not errors.
        ModelState.Clear();
        Type = Type is { } type && Enum.IsDefined(type) ? type : null;
        Status = Status is "active" or "inactive" ? Status : null;
        Sort = Enum.IsDefined(Sort) ? Sort : EmployerSort.Name;
        Search = EmployerSearch.Parse(Q);
        var active = Status is null ? (bool?)null : Status == "active";
        Result = await EmployerListQuery.RunAsync(db, Search, Type, active, Sort, Desc, PageNumber, cancellationToken);
        PageNumber = Result.PageNumber;
    }

    /// <summary>This list's address with the current search and filters, sorted and paged as asked.</summary>
    public string ListUrl(EmployerSort? sort = null, bool? desc = null, int? pageNumber = null) =>
        Url.Page("/Employers/Index", new RouteValueDictionary
        {
            ["q"] = string.IsNullOrWhiteSpace(Q) ? null : Q.Trim(),
            ["type"] = Type,
            ["status"] = Status,
            ["sort"] = (sort ?? Sort) == EmployerSort.Name ? null : sort ?? Sort,
            ["desc"] = (desc ?? Desc) ? "true" : null,
            ["p"] = pageNumber is null or 1 ? null : pageNumber,
        })!;

    /// <summary>A column header: its link sorts ascending first, descending when already sorted ascending.</summary>
    public SortHeader Header(string text, EmployerSort column) =>
        new(text, ListUrl(column, Sort == column && !Desc, 1), Sort != column ? null : Desc ? "descending" : "ascending");
}
