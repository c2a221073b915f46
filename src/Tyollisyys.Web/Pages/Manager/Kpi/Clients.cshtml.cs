using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tyollisyys.Domain.Kpi;
using Tyollisyys.Web.Data;
using Tyollisyys.Web.Infrastructure.Access;
using Tyollisyys.Web.Infrastructure.Audit;
using Tyollisyys.Web.Infrastructure.Localization;

namespace Tyollisyys.Web.Pages.Manager.Kpi;

/// <summary>
/// The clients behind one figure (/Manager/Kpi/Clients?kpi=&amp;municipality=&amp;period=&amp;page=): the members the
/// figure counts, from the same SQL as the figure, limited to the clients the user may see (VisibleTo), in name order,
/// 50 a page, each marked whether they meet the figure's condition. A list of client data: the view is audited as the
/// caseload list's is (what was listed and how many, never who).
/// </summary>
public sealed class ClientsModel(AppDbContext db, AuditLog audit, TimeProvider clock) : PageModel
{
    public const int PageSize = 50;

    public sealed record Row(long Id, string Name, string CustomerNumber, bool Hit);

    public KpiChoice Choice { get; private set; } = null!;

    public KpiDefinition Definition { get; private set; } = null!;

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public int Total { get; private set; }

    public int PageNumber { get; private set; }

    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public async Task<IActionResult> OnGetAsync(string? kpi, int? municipality, string? period, int? page, CancellationToken cancellationToken)
    {
        if (!Enum.TryParse<KpiCode>(kpi, ignoreCase: false, out var code) || !Enum.IsDefined(code) || int.TryParse(kpi, out _))
        {
            return NotFound();
        }

        Definition = KpiDefinitions.Of(code);
        var today = clock.FinnishToday();
        Choice = await KpiChoice.ReadAsync(db, User, municipality, period, today, cancellationToken);
        if (Choice.MunicipalityId is not { } municipalityId)
        {
            return NotFound();
        }

        var chosen = Choice.Period;
        var windows = code == KpiCode.LongTermUnemployedAverage
            ? chosen.SampleDays(today).Select(day => new KpiWindow(chosen.Start, chosen.End, day)).ToList()
            : [new KpiWindow(chosen.Start, chosen.End, chosen.AsOf(today)!.Value)];
        var interviewDue = code == KpiCode.InitialInterviewsOnTime ? await KpiReport.InterviewDeadlinesAsync(db, windows, cancellationToken) : new Dictionary<DateOnly, DateOnly>();
        var members = KpiSql.Members(db, code, municipalityId, windows, today, interviewDue)
            .GroupBy(m => m.JobSeekerId)
            .Select(g => new { Id = g.Key, Hits = g.Count(m => m.Hit) });
        var visible = db.JobSeekers.VisibleTo(User)
            .Join(members, j => j.Id, m => m.Id, (j, m) => new { j.Id, j.NameKey, j.LastName, j.FirstNames, j.CustomerNumber, m.Hits });

        Total = await visible.CountAsync(cancellationToken);
        PageNumber = Math.Clamp(page ?? 1, 1, PageCount);
        Rows = (await visible
                .OrderBy(c => c.NameKey).ThenBy(c => c.Id)
                .Skip((PageNumber - 1) * PageSize).Take(PageSize)
                .ToListAsync(cancellationToken))
            .Select(c => new Row(c.Id, $"{c.LastName} {c.FirstNames}", c.CustomerNumber, c.Hits > 0))
            .ToList();

        await audit.RecordAndSaveAsync(
            AuditAction.View,
            "KpiClients",
            reason: string.Create(CultureInfo.InvariantCulture, $"kpi={code}; municipality={municipalityId}; period={chosen.Code}; page={PageNumber}; hits={Total}"),
            cancellationToken: cancellationToken);
        return Page();
    }

    public string PageUrl(int number) =>
        string.Create(CultureInfo.InvariantCulture, $"/Manager/Kpi/Clients?kpi={Definition.Code}&{Choice.Query}&page={number}");
}
