using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tyollisyys.Domain.Kuntalisa;
using Tyollisyys.Web.Data;
using Tyollisyys.Web.Infrastructure.Audit;
using Tyollisyys.Web.Infrastructure.Localization;
using Tyollisyys.Web.Pages.JobSeekers.Kuntalisa;

namespace Tyollisyys.Web.Pages.Kuntalisa;

/// <summary>
/// Kuntalisä decisions of the clients the user may see, filtered by status, municipality and number. A manager
/// opens it on the applications awaiting a decision (the approval queue). Paged by offset, 50 a page: the area's
/// decisions number in the hundreds a year, and the count is shown anyway. Audited as one list view, like the caseload.
/// The same filters export every matching decision (<c>?handler=Csv</c>) or their payment claims
/// (<c>?handler=PaymentsCsv</c>); each export is audited, with its row and client counts, before the file streams.
/// </summary>
public sealed class IndexModel(AppDbContext db, AuditLog audit, IStringLocalizer<SharedResource> t, TimeProvider clock) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)]
    public KuntalisaDecisionStatus? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Municipality { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Number { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    /// <summary>"all" shows every status; without it a manager starts from the queue.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Show { get; set; }

    public IReadOnlyList<DecisionRow> Rows { get; private set; } = [];

    public int Total { get; private set; }

    public IReadOnlyList<(int Id, string Name)> Municipalities { get; private set; } = [];

    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public async Task OnGetAsync()
    {
        var filter = Filter();
        var query = filter.Apply(db, User);
        Total = await query.CountAsync();
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);
        var page = query.OrderByDescending(d => d.ApplicationDate).ThenByDescending(d => d.Id).Skip((PageNumber - 1) * PageSize);
        Rows = await DecisionRows.ListAsync(db, page, PageSize);
        Municipalities = (await db.Municipalities.OrderBy(m => m.NameFi).Select(m => new { m.Id, m.NameFi }).ToListAsync())
            .Select(m => (m.Id, m.NameFi)).ToList();
        await audit.RecordAndSaveAsync(
            AuditAction.View,
            DecisionPageModel.RecordType,
            reason: string.Create(CultureInfo.InvariantCulture, $"kuntalisa-list {filter.AuditText} page={PageNumber} hits={Total}"));
    }

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken cancellationToken)
    {
        var decisions = Filter().Apply(db, User);
        await AuditExportAsync("kuntalisa-decisions-csv", decisions, await decisions.CountAsync(cancellationToken), cancellationToken);
        return DecisionExports.Decisions(db, decisions, t, clock.FinnishToday());
    }

    public async Task<IActionResult> OnGetPaymentsCsvAsync(CancellationToken cancellationToken)
    {
        var decisions = Filter().Apply(db, User);
        var claims = await db.KuntalisaPaymentClaims.CountAsync(c => decisions.Any(d => d.Id == c.DecisionId), cancellationToken);
        await AuditExportAsync("kuntalisa-payments-csv", decisions.Where(d => d.Claims.Any()), claims, cancellationToken);
        return DecisionExports.Payments(db, decisions, t, clock.FinnishToday());
    }

    /// <summary>This list's address with its current filters, for the pager and the export links.</summary>
    public string ListUrl(int? pageNumber = null, string? handler = null) =>
        Url.Page("/Kuntalisa/Index", handler, new
        {
            show = "all",
            status = Status,
            municipality = Municipality,
            number = string.IsNullOrWhiteSpace(Number) ? null : Number,
            p = pageNumber is null or 1 ? null : pageNumber,
        })!;

    private DecisionListFilter Filter()
    {
        var filter = DecisionListFilter.From(User, Status, Municipality, Number, Show);
        Status = filter.Status;
        return filter;
    }

    /// <summary>One audit row for the export, saved before the first byte streams (a stream cannot be rolled back).</summary>
    private async Task AuditExportAsync(string what, IQueryable<KuntalisaDecision> clientsOf, int rows, CancellationToken cancellationToken)
    {
        var clients = await clientsOf.Select(d => d.JobSeekerId).Distinct().CountAsync(cancellationToken);
        await audit.RecordAndSaveAsync(
            AuditAction.Export,
            DecisionPageModel.RecordType,
            reason: string.Create(CultureInfo.InvariantCulture, $"{what} {Filter().AuditText} rows={rows} clients={clients}"),
            cancellationToken: cancellationToken);
    }
}
