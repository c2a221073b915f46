using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tyollisyys.Domain.WorkTrials;
using Tyollisyys.Web.Data;
using Tyollisyys.Web.Infrastructure.Audit;
using Tyollisyys.Web.Infrastructure.Localization;
using Tyollisyys.Web.Pages.Admin;
using Tyollisyys.Web.Pages.Employers;
using TrialPages = Tyollisyys.Web.Pages.JobSeekers.WorkTrials;

namespace Tyollisyys.Web.Pages.WorkTrials;

/// <summary>
/// Work trials across the clients the user may see: filters, sorting and paging in the query string, each row linking
/// to the trial. Audited as one list view, like the decision list; <c>?handler=Csv</c> exports every trial the filters
/// select, audited (with the row and client counts) before the file streams.
/// </summary>
public sealed class IndexModel(AppDbContext db, AuditLog audit, IStringLocalizer<SharedResource> t, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public WorkTrialStatus? Status { get; set; }

    /// <summary>The organiser's name prefix or business ID.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Organiser { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Office { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Municipality { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true)]
    public WorkTrialSort Sort { get; set; }

    /// <summary>Newest first unless asked otherwise.</summary>
    [BindProperty(SupportsGet = true)]
    public bool Desc { get; set; } = true;

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public WorkTrialListFilter Filter { get; private set; } = null!;

    public WorkTrialListPage Result { get; private set; } = null!;

    public IReadOnlyList<(int Id, string Name)> Offices { get; private set; } = [];

    public IReadOnlyList<(int Id, string Name)> Municipalities { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var filter = ReadFilter();
        Result = await WorkTrialListQuery.RunAsync(filter.Apply(db, User), Sort, Desc, PageNumber, cancellationToken);
        PageNumber = Result.PageNumber;
        Offices = [.. (await db.Offices.OrderBy(o => o.Name).Select(o => new { o.Id, o.Name }).ToListAsync(cancellationToken)).Select(o => (o.Id, o.Name))];
        Municipalities = [.. (await db.Municipalities.OrderBy(m => m.NameFi).Select(m => new { m.Id, m.NameFi }).ToListAsync(cancellationToken)).Select(m => (m.Id, m.NameFi))];
        await audit.RecordAndSaveAsync(
            AuditAction.View,
            TrialPages.NewModel.RecordType,
            reason: string.Create(CultureInfo.InvariantCulture, $"work-trial-list {filter.AuditText} sort={Sort}{(Desc ? "-desc" : string.Empty)} page={PageNumber} hits={Result.Total}"),
            cancellationToken: cancellationToken);
    }

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken cancellationToken)
    {
        var filter = ReadFilter();
        var trials = filter.Apply(db, User);
        var rows = await trials.CountAsync(cancellationToken);
        var clients = await trials.Select(x => x.Client.Id).Distinct().CountAsync(cancellationToken);
        await audit.RecordAndSaveAsync(
            AuditAction.Export,
            TrialPages.NewModel.RecordType,
            reason: string.Create(CultureInfo.InvariantCulture, $"work-trials-csv {filter.AuditText} rows={rows} clients={clients}"),
            cancellationToken: cancellationToken);
        var rates = await db.AllowanceRatesAsync(cancellationToken);
        return WorkTrialExport.Csv(db, trials, t, rates, clock.FinnishToday());
    }

    /// <summary>This list's address with the current filters, sorted and paged as asked, or its CSV.</summary>
    public string ListUrl(WorkTrialSort? sort = null, bool? desc = null, int? pageNumber = null, string? handler = null) =>
        Url.Page("/WorkTrials/Index", handler, new RouteValueDictionary
        {
            ["status"] = Status,
            ["organiser"] = string.IsNullOrWhiteSpace(Organiser) ? null : Organiser.Trim(),
            ["office"] = Office,
            ["municipality"] = Municipality,
            ["from"] = From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["to"] = To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["sort"] = (sort ?? Sort) == WorkTrialSort.StartDate ? null : sort ?? Sort,
            ["desc"] = (desc ?? Desc) ? null : "false",
            ["p"] = pageNumber is null or 1 ? null : pageNumber,
        })!;

    /// <summary>A column header: its link sorts ascending first, descending when already sorted ascending.</summary>
    public SortHeader Header(string text, WorkTrialSort column) =>
        new(text, ListUrl(column, Sort == column && !Desc, 1), Sort != column ? null : Desc ? "descending" : "ascending");

    /// <summary>The filters as asked; values a hand-edited link may carry but the form never offers are ignored, not errors.</summary>
    private WorkTrialListFilter ReadFilter()
    {
        ModelState.Clear();
        Status = Status is { } status && Enum.IsDefined(status) ? status : null;
        Sort = Enum.IsDefined(Sort) ? Sort : WorkTrialSort.StartDate;
        Filter = new WorkTrialListFilter(Status, EmployerSearch.Parse(Organiser), Office, Municipality, From, To);
        return Filter;
    }
}
