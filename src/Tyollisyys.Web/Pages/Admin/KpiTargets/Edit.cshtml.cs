using System.Globalization;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tyollisyys.Domain.Kpi;
using Tyollisyys.Web.Data;
using Tyollisyys.Web.Infrastructure.Audit;
using Tyollisyys.Web.Infrastructure.Localization;
using Tyollisyys.Web.Infrastructure.Validation;

namespace Tyollisyys.Web.Pages.Admin.KpiTargets;

/// <summary>
/// All of one municipality's targets for one year in one form (/Admin/KpiTargets/{municipality}/{year}). A filled field
/// adds or revises the target, an emptied one removes it. Each stored target carries its row version: if anyone
/// changed the year's targets meanwhile (or added one), nothing is saved and the form shows what is stored now.
/// One audit row lists every change, saved with them.
/// </summary>
public sealed class EditModel(AppDbContext db, AuditLog audit, IValidator<KpiTargetFields> validator, IStringLocalizer<SharedResource> t)
    : PageModel
{
    [BindProperty]
    public KpiTargetFields Input { get; set; } = new();

    public int MunicipalityId { get; private set; }

    public string MunicipalityName { get; private set; } = string.Empty;

    public int Year { get; private set; }

    public async Task<IActionResult> OnGetAsync(int municipality, int year)
    {
        if (!await FindAsync(municipality, year))
        {
            return NotFound();
        }

        Show(await StoredAsync());
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int municipality, int year)
    {
        if (!await FindAsync(municipality, year))
        {
            return NotFound();
        }

        Input.Targets = [.. KpiDefinitions.All.Select(d => Input.Targets.Find(f => f.Kpi == d.Code) ?? new KpiTargetField { Kpi = d.Code })];
        if (!validator.Validate(Input).IsValidInto(ModelState, nameof(Input)))
        {
            return Page();
        }

        var stored = await db.KpiTargets.Where(x => x.MunicipalityId == MunicipalityId && x.Year == Year).ToDictionaryAsync(x => x.Kpi);
        var changes = new List<string>();
        var stale = false;
        foreach (var field in Input.Targets)
        {
            var value = FinnishDecimal.ParseOrNull(field.Value);
            var existing = stored.GetValueOrDefault(field.Kpi);
            stale |= existing is null ? field.Version is not null : field.Version != RowVersion.Of(db, existing);
            if (existing is not null && field.Version is { } version)
            {
                RowVersion.Expect(db, existing, version);
            }

            if (existing is null && value is { } added)
            {
                db.KpiTargets.Add(new KpiTarget(MunicipalityId, Year, field.Kpi, added));
                changes.Add(string.Create(CultureInfo.InvariantCulture, $"{field.Kpi} - -> {added}"));
            }
            else if (existing is not null && value is null)
            {
                db.KpiTargets.Remove(existing);
                changes.Add(string.Create(CultureInfo.InvariantCulture, $"{field.Kpi} {existing.Value} -> -"));
            }
            else if (existing is not null && value is { } revised && revised != existing.Value)
            {
                changes.Add(string.Create(CultureInfo.InvariantCulture, $"{field.Kpi} {existing.Value} -> {revised}"));
                existing.Revise(revised);
            }
        }

        if (!stale && changes.Count > 0)
        {
            audit.Record(AuditAction.Update, "KpiTargets", string.Create(CultureInfo.InvariantCulture, $"{MunicipalityId}/{Year}"), reason: string.Join("; ", changes));
            stale = await RowVersion.TrySaveAsync(db) != SaveOutcome.Saved;
        }

        if (stale)
        {
            db.ChangeTracker.Clear();
            ModelState.Clear();
            ModelState.AddModelError(string.Empty, t["Error.Concurrency"]);
            Show(await StoredAsync());
            return Page();
        }

        TempData["Status"] = t["Admin.KpiTargets.Saved", MunicipalityName, Year].Value;
        return RedirectToPage("/Admin/KpiTargets/Index", new { year = Year });
    }

    private async Task<bool> FindAsync(int municipality, int year)
    {
        if (year is < KpiPeriod.FirstYear or > KpiPeriod.LastYear || await db.Municipalities.AsNoTracking().SingleOrDefaultAsync(m => m.Id == municipality) is not { } found)
        {
            return false;
        }

        MunicipalityId = found.Id;
        MunicipalityName = found.Name(CultureInfo.CurrentUICulture);
        Year = year;
        return true;
    }

    private async Task<Dictionary<KpiCode, (decimal Value, uint Version)>> StoredAsync() =>
        (await db.KpiTargets.Where(x => x.MunicipalityId == MunicipalityId && x.Year == Year).ToListAsync())
            .ToDictionary(x => x.Kpi, x => (x.Value, RowVersion.Of(db, x)));

    private void Show(Dictionary<KpiCode, (decimal Value, uint Version)> stored)
    {
        Input = new KpiTargetFields
        {
            Targets = [.. KpiDefinitions.All.Select(d => stored.TryGetValue(d.Code, out var s)
                ? new KpiTargetField { Kpi = d.Code, Value = FinnishDecimal.ForInput(s.Value), Version = s.Version }
                : new KpiTargetField { Kpi = d.Code })],
        };
    }
}
