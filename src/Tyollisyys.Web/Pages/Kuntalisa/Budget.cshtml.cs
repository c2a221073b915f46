using System.Globalization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Tyollisyys.Domain.Kuntalisa;
using Tyollisyys.Web.Data;
using Tyollisyys.Web.Infrastructure.Auth;
using Tyollisyys.Web.Infrastructure.Localization;

namespace Tyollisyys.Web.Pages.Kuntalisa;

/// <summary>
/// The kuntalisä budget of one municipality and year (?municipality=&amp;year=; by default the user's office's
/// municipality and this year): appropriation, committed, paid, free, the forecast of payments and the decisions per
/// status. Everything shown is a sum or a count over decisions, never a client, so reading it writes no client
/// audit row (unlike the decision pages, which name the person).
/// </summary>
public sealed class BudgetModel(AppDbContext db, TimeProvider clock) : PageModel
{
    public IReadOnlyList<SelectListItem> Municipalities { get; private set; } = [];

    public int? MunicipalityId { get; private set; }

    public string MunicipalityName { get; private set; } = string.Empty;

    public int Year { get; private set; }

    /// <summary>Null when the municipality has no appropriation for the year.</summary>
    public KuntalisaBudgetSummary? Summary { get; private set; }

    /// <summary>Committed ÷ appropriation as a whole percentage, for the bar's text.</summary>
    public int UsedPercent { get; private set; }

    public IReadOnlyDictionary<KuntalisaDecisionStatus, int> Counts { get; private set; } = new Dictionary<KuntalisaDecisionStatus, int>();

    public async Task OnGetAsync(int? municipality, int? year)
    {
        var today = clock.FinnishToday();
        Year = year is >= Appropriation.FirstYear and <= Appropriation.LastYear ? year.Value : today.Year;
        var culture = CultureInfo.CurrentUICulture;
        var municipalities = (await db.Municipalities.AsNoTracking().Where(m => m.IsActive).ToListAsync())
            .OrderBy(m => m.Name(culture), StringComparer.Create(culture, ignoreCase: true))
            .ToList();
        Municipalities = municipalities
            .Select(m => new SelectListItem(m.Name(culture), m.Id.ToString(CultureInfo.InvariantCulture)))
            .ToList();
        var chosen = municipalities.Find(m => m.Id == municipality) ?? await OwnMunicipalityAsync(municipalities) ?? municipalities.FirstOrDefault();
        if (chosen is null)
        {
            return;
        }

        MunicipalityId = chosen.Id;
        MunicipalityName = chosen.Name(culture);
        Counts = await BudgetQuery.CountsByStatusAsync(db, chosen.Id);
        var amount = await db.Appropriations.AsNoTracking()
            .Where(a => a.MunicipalityId == chosen.Id && a.Year == Year)
            .Select(a => (decimal?)a.Amount)
            .SingleOrDefaultAsync();
        if (amount is not { } appropriation)
        {
            return;
        }

        var (forecastYear, fromMonth) = BudgetQuery.ForecastStart(Year, today);
        Summary = KuntalisaBudget.Compute(appropriation, forecastYear, fromMonth, await BudgetQuery.SnapshotsAsync(db, chosen.Id, Year));
        UsedPercent = (int)Math.Round(Summary.Committed * 100m / appropriation, MidpointRounding.AwayFromZero);
    }

    /// <summary>"marraskuu 2026" in the UI language.</summary>
    public static string MonthName(KuntalisaBudgetMonth month)
    {
        ArgumentNullException.ThrowIfNull(month);
        var name = CultureInfo.CurrentUICulture.DateTimeFormat.GetMonthName(month.Month);
        return string.Create(CultureInfo.InvariantCulture, $"{name} {month.Year}");
    }

    private async Task<Domain.Organisation.Municipality?> OwnMunicipalityAsync(List<Domain.Organisation.Municipality> municipalities)
    {
        if (User.OfficeId() is not { } officeId)
        {
            return null;
        }

        var id = await db.Offices.AsNoTracking().Where(o => o.Id == officeId).Select(o => (int?)o.MunicipalityId).SingleOrDefaultAsync();
        return municipalities.Find(m => m.Id == id);
    }
}
