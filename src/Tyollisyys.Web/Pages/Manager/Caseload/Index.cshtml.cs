using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Tyollisyys.Web.Data;
using Tyollisyys.Web.Infrastructure.Audit;
using Tyollisyys.Web.Infrastructure.Csv;
using Tyollisyys.Web.Infrastructure.Localization;
using Tyollisyys.Web.Pages.Admin;

namespace Tyollisyys.Web.Pages.Manager.Caseload;

/// <summary>
/// The caseload review (issue 7 item 1): per counsellor, grouped by office, the active clients against the office's
/// target and the figures that need the manager's eye; sortable by every column, with office totals, a CSV of the
/// same and a link from each counsellor to their clients.
/// </summary>
public sealed class IndexModel(AppDbContext db, AuditLog audit, TimeProvider clock, IStringLocalizer<SharedResource> t) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Sort { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Desc { get; set; }

    public IReadOnlyList<CaseloadReviewOffice> Offices { get; private set; } = [];

    public DateOnly Today { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Sort = CaseloadReviewSort.Valid(Sort);
        Today = clock.FinnishToday();
        var rows = await CaseloadReviewQuery.RunAsync(db, User, cancellationToken);
        Offices = CaseloadReviewSort.Group(rows, Sort, Desc);
        await audit.RecordAndSaveAsync(AuditAction.View, "CaseloadReview", reason: $"counsellors: {rows.Count}", cancellationToken: cancellationToken);
    }

    /// <summary>The same figures as a CSV file for Excel; the export is audited before the file is written.</summary>
    public async Task<IActionResult> OnGetCsvAsync(CancellationToken cancellationToken)
    {
        Sort = CaseloadReviewSort.Valid(Sort);
        Today = clock.FinnishToday();
        var offices = CaseloadReviewSort.Group(await CaseloadReviewQuery.RunAsync(db, User, cancellationToken), Sort, Desc);
        var count = offices.Sum(o => o.Counsellors.Count);
        await audit.RecordAndSaveAsync(AuditAction.Export, "CaseloadReview", reason: $"csv, counsellors: {count}", cancellationToken: cancellationToken);

        var fileName = string.Create(CultureInfo.InvariantCulture, $"asiakasmaarat-{Today:yyyy-MM-dd}.csv");
        return new CsvResult(fileName, async (rows, _) =>
        {
            await rows.RowAsync(
                t["CaseloadReview.Office"].Value,
                t["CaseloadReview.Counsellor"].Value,
                t["CaseloadReview.ActiveClients"].Value,
                t["CaseloadReview.Target"].Value,
                t["CaseloadReview.OverTarget"].Value,
                t["CaseloadReview.Overdue"].Value,
                t["CaseloadReview.WithoutPlan"].Value,
                t["CaseloadReview.LongTerm"].Value,
                t["CaseloadReview.TypDue"].Value,
                t["CaseloadReview.TrialsOngoing"].Value,
                t["CaseloadReview.DecisionsAwaiting"].Value);
            foreach (var office in offices)
            {
                foreach (var row in office.Counsellors.Append(office.Totals))
                {
                    var name = row.CounsellorId == Guid.Empty ? t["CaseloadReview.OfficeTotal"].Value
                        : row.IsActive ? row.Name : $"{row.Name} ({t["CaseloadReview.Inactive"].Value})";
                    await rows.RowAsync(
                        office.Name,
                        name,
                        row.ActiveClients,
                        row.Target,
                        row.OverTarget ? t["CaseloadReview.Yes"].Value : t["CaseloadReview.No"].Value,
                        row.Overdue,
                        row.WithoutPlan,
                        row.LongTermUnemployed,
                        row.TypScreeningsDue,
                        row.TrialsOngoing,
                        row.DecisionsAwaiting);
                }
            }
        });
    }

    public string ListUrl(string sort, bool desc, string? handler = null) =>
        Url.Page("/Manager/Caseload/Index", handler, new RouteValueDictionary
        {
            ["sort"] = sort == CaseloadReviewSort.Name ? null : sort,
            ["desc"] = desc ? "true" : null,
        })!;

    /// <summary>A column header: its link sorts ascending first, descending when already sorted ascending.</summary>
    public SortHeader Header(string text, string column) =>
        new(text, ListUrl(column, Sort == column && !Desc), Sort != column ? null : Desc ? "descending" : "ascending");
}
