using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Tyollisyys.Domain.Kpi;
using Tyollisyys.Web.Data;
using Tyollisyys.Web.Infrastructure.Auth;

namespace Tyollisyys.Web.Pages.Manager.Kpi;

/// <summary>
/// What the KPI pages are asked for: a municipality of the manager's employment area (by default the first by name)
/// and a period that has begun (by default this year). Anything else in the query string falls back to the default.
/// </summary>
public sealed record KpiChoice(IReadOnlyList<SelectListItem> Municipalities, int? MunicipalityId, string MunicipalityName, KpiPeriod Period)
{
    public static async Task<KpiChoice> ReadAsync(AppDbContext db, ClaimsPrincipal user, int? municipality, string? period, DateOnly today, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var culture = CultureInfo.CurrentUICulture;
        var officeId = user.OfficeId();
        var areaId = await db.Offices.Where(o => o.Id == officeId)
            .Join(db.Municipalities, o => o.MunicipalityId, m => m.Id, (o, m) => (int?)m.EmploymentAreaId)
            .SingleOrDefaultAsync(cancellationToken);
        var municipalities = (await db.Municipalities.AsNoTracking()
                .Where(m => m.EmploymentAreaId == areaId && (m.IsActive || m.Id == municipality))
                .ToListAsync(cancellationToken))
            .OrderBy(m => m.Name(culture), StringComparer.Create(culture, ignoreCase: true))
            .ToList();
        var chosen = municipalities.Find(m => m.Id == municipality) ?? municipalities.FirstOrDefault();
        var parsed = KpiPeriod.TryParse(period, out var p) && p.Start <= today ? p : KpiPeriod.OfYear(today.Year);
        return new KpiChoice(
            [.. municipalities.Select(m => new SelectListItem(m.Name(culture), m.Id.ToString(CultureInfo.InvariantCulture), m.Id == chosen?.Id))],
            chosen?.Id,
            chosen?.Name(culture) ?? string.Empty,
            parsed);
    }

    /// <summary>The periods offered: the last five years, eight quarters and twenty-four months, newest first.</summary>
    public static IReadOnlyList<(KpiPeriodKind Kind, IReadOnlyList<KpiPeriod> Periods)> Offered(DateOnly today) =>
    [
        (KpiPeriodKind.Year, Back(KpiPeriod.OfYear(today.Year), 5)),
        (KpiPeriodKind.Quarter, Back(KpiPeriod.Containing(KpiPeriodKind.Quarter, today), 8)),
        (KpiPeriodKind.Month, Back(KpiPeriod.Containing(KpiPeriodKind.Month, today), 24)),
    ];

    public string Query => string.Create(CultureInfo.InvariantCulture, $"municipality={MunicipalityId}&period={Period.Code}");

    private static List<KpiPeriod> Back(KpiPeriod latest, int count)
    {
        var periods = new List<KpiPeriod> { latest };
        while (periods.Count < count && periods[^1].Year > KpiPeriod.FirstYear)
        {
            periods.Add(periods[^1].Previous());
        }

        return periods;
    }
}
