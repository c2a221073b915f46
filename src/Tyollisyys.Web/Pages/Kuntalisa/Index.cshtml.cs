using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tyollisyys.Domain.Kuntalisa;
using Tyollisyys.Web.Data;
using Tyollisyys.Web.Infrastructure.Access;
using Tyollisyys.Web.Infrastructure.Audit;
using Tyollisyys.Web.Infrastructure.Auth;
using Tyollisyys.Web.Pages.JobSeekers.Kuntalisa;

namespace Tyollisyys.Web.Pages.Kuntalisa;

/// <summary>
/// Kuntalisä decisions of the clients the user may see, filtered by status, municipality and number. A manager
/// opens it on the applications awaiting a decision (the approval queue). Paged by offset, 50 a page: the area's
/// decisions number in the hundreds a year, and the count is shown anyway. Audited as one list view, like the caseload.
/// </summary>
public sealed class IndexModel(AppDbContext db, AuditLog audit) : PageModel
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
        if (Status is null && Show != "all" && User.IsInRole(Roles.Manager) && Number is null && Municipality is null)
        {
            Status = KuntalisaDecisionStatus.Submitted;
        }

        if (Status is { } s && !Enum.IsDefined(s))
        {
            Status = null;
        }

        var visible = db.JobSeekers.VisibleTo(User);
        var query = db.KuntalisaDecisions.Where(d => visible.Any(j => j.Id == d.JobSeekerId));
        if (Status is { } status)
        {
            query = query.Where(d => d.Status == status);
        }

        if (Municipality is { } municipality)
        {
            query = query.Where(d => d.MunicipalityId == municipality);
        }

        if (!string.IsNullOrWhiteSpace(Number))
        {
            var number = Number.Trim().ToUpperInvariant();
            query = query.Where(d => d.Number != null && d.Number.StartsWith(number));
        }

        Total = await query.CountAsync();
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);
        var page = query.OrderByDescending(d => d.ApplicationDate).ThenByDescending(d => d.Id).Skip((PageNumber - 1) * PageSize);
        Rows = await DecisionRows.ListAsync(db, page, PageSize);
        Municipalities = (await db.Municipalities.OrderBy(m => m.NameFi).Select(m => new { m.Id, m.NameFi }).ToListAsync())
            .Select(m => (m.Id, m.NameFi)).ToList();
        await audit.RecordAndSaveAsync(
            AuditAction.View,
            DecisionPageModel.RecordType,
            reason: string.Create(CultureInfo.InvariantCulture, $"kuntalisa-list status={Status?.ToString() ?? "all"} municipality={Municipality?.ToString(CultureInfo.InvariantCulture) ?? "all"} search={!string.IsNullOrWhiteSpace(Number)} page={PageNumber} hits={Total}"));
    }
}
