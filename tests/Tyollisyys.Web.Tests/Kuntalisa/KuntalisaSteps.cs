using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Tyollisyys.Domain.Kuntalisa;
using Tyollisyys.Domain.Organisation;
using Tyollisyys.Web.Data;
using Tyollisyys.Web.Tests.Support;
using Xunit;

namespace Tyollisyys.Web.Tests.Kuntalisa;

/// <summary>Arranging kuntalisä rules and appropriations, and comparing rule versions number by number.</summary>
public static class KuntalisaSteps
{
    private static int _nextCode = 900;

    /// <summary>A municipality of its own for a test that changes versions, so tests sharing a database do not collide.</summary>
    public static async Task<int> NewMunicipalityAsync(this AppFactory app, string name = "Testikunta")
    {
        await using var db = app.NewDbContext();
        var area = await db.EmploymentAreas.OrderBy(a => a.Id).FirstAsync();
        var code = Interlocked.Increment(ref _nextCode).ToString(CultureInfo.InvariantCulture);
        var municipality = new Municipality(area.Id, code, $"{name} {code}", $"{name} {code}");
        db.Municipalities.Add(municipality);
        await db.SaveChangesAsync();
        return municipality.Id;
    }

    public static async Task SeedRulesAsync(this AppFactory app)
    {
        await using var db = app.NewDbContext();
        await KuntalisaDemoRules.SeedAsync(db);
    }

    public static async Task<int> MunicipalityIdAsync(this AppFactory app, string code)
    {
        await using var db = app.NewDbContext();
        return await db.Municipalities.Where(m => m.Code == code).Select(m => m.Id).SingleAsync();
    }

    public static async Task<KuntalisaRuleVersion> VersionAsync(this AppFactory app, int municipalityId, DateOnly effectiveFrom)
    {
        await using var db = app.NewDbContext();
        return await db.KuntalisaRuleVersions.AsNoTracking().SingleAsync(v => v.MunicipalityId == municipalityId && v.EffectiveFrom == effectiveFrom);
    }

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The New form for a percentage rule in Kajaani's shape, typed the Finnish way.</summary>
    public static Dictionary<string, string> PercentageRuleFields(int municipalityId, DateOnly from, DateOnly? to = null) => new()
    {
        ["Input.MunicipalityId"] = municipalityId.ToString(CultureInfo.InvariantCulture),
        ["Input.EffectiveFrom"] = Iso(from),
        ["Input.EffectiveTo"] = to is { } end ? Iso(end) : "",
        ["Input.CouncilDecision"] = "Kunnanvaltuusto 1.12.2025 § 77",
        ["Input.MinimumDays"] = "91",
        ["Input.DayBasis"] = "UnemploymentDays",
        ["Input.AgeBands[0].MinAge"] = "18",
        ["Input.AgeBands[0].MaxAge"] = "29",
        ["Input.AgeBands[1].MinAge"] = "55",
        ["Input.AgeBands[1].MaxAge"] = "64",
        ["Input.AgeBands[2].MinAge"] = "",
        ["Input.AgeBands[2].MaxAge"] = "",
        ["Input.TargetGroups[0]"] = "LongTermUnemployed",
        ["Input.TargetGroups[1]"] = "Immigrant",
        ["Input.TargetGroupsAlternativeToDays"] = "true",
        ["Input.ResidenceRequired"] = "true",
        ["Input.StatePaySubsidy"] = "Forbidden",
        ["Input.AmountMode"] = "PercentageOfPay",
        ["Input.MinPercent"] = "50",
        ["Input.MaxPercent"] = "70,5",
        ["Input.PercentageBase"] = "GrossPay",
        ["Input.CategoryMaxima[0].Category"] = "Company",
        ["Input.CategoryMaxima[0].MaxPercent"] = "",
        ["Input.CategoryMaxima[1].Category"] = "ThirdSector",
        ["Input.CategoryMaxima[1].MaxPercent"] = "100",
        ["Input.CategoryMaxima[2].Category"] = "PublicBody",
        ["Input.CategoryMaxima[2].MaxPercent"] = "60,25",
        ["Input.CategoryMaxima[3].Category"] = "Other",
        ["Input.CategoryMaxima[3].MaxPercent"] = "",
        ["Input.FixedMonthlyAmount"] = "",
        ["Input.MonthlyCap"] = "1 500,00",
        ["Input.TotalCap"] = "12 000",
        ["Input.MinMonths"] = "4",
        ["Input.MaxMonths"] = "12",
        ["Input.BonusAmount"] = "1 800",
        ["Input.BonusAfterMonths"] = "12",
        ["Input.AllowedEmployers[0]"] = "Company",
        ["Input.AllowedEmployers[1]"] = "ThirdSector",
        ["Input.AllowedEmployers[2]"] = "PublicBody",
        ["Input.MinimumWeeklyHours"] = "18,5",
        ["Input.ApplicationTiming"] = "WithinMonthsOfStart",
        ["Input.ApplyWithinMonths"] = "2",
        ["Input.NotForWageCosts"] = "false",
    };

    /// <summary>Every number and choice of two versions is the same (the id may differ).</summary>
    public static void AssertSameRule(KuntalisaRuleVersion expected, KuntalisaRuleVersion actual)
    {
        Assert.Equal((expected.MunicipalityId, expected.EffectiveFrom, expected.EffectiveTo, expected.CouncilDecision), (actual.MunicipalityId, actual.EffectiveFrom, actual.EffectiveTo, actual.CouncilDecision));
        var (e, ae) = (expected.Eligibility, actual.Eligibility);
        Assert.Equal((e.MinimumDays, e.DayBasis, e.TargetGroups, e.TargetGroupsAlternativeToDays, e.ResidenceRequired, e.StatePaySubsidy), (ae.MinimumDays, ae.DayBasis, ae.TargetGroups, ae.TargetGroupsAlternativeToDays, ae.ResidenceRequired, ae.StatePaySubsidy));
        Assert.Equal(e.AgeBands.OrderBy(b => b.MinAge), ae.AgeBands.OrderBy(b => b.MinAge));
        var (a, aa) = (expected.Amount, actual.Amount);
        Assert.Equal((a.Mode, a.MinPercent, a.MaxPercent, a.PercentageBase, a.FixedMonthlyAmount), (aa.Mode, aa.MinPercent, aa.MaxPercent, aa.PercentageBase, aa.FixedMonthlyAmount));
        Assert.Equal((a.MonthlyCap, a.TotalCap, a.MinMonths, a.MaxMonths, a.BonusAmount, a.BonusAfterMonths), (aa.MonthlyCap, aa.TotalCap, aa.MinMonths, aa.MaxMonths, aa.BonusAmount, aa.BonusAfterMonths));
        Assert.Equal(a.CategoryMaxima.OrderBy(m => m.Category), aa.CategoryMaxima.OrderBy(m => m.Category));
        var (c, ac) = (expected.Conditions, actual.Conditions);
        Assert.Equal((c.AllowedEmployers, c.MinimumWeeklyHours, c.ApplicationTiming, c.ApplyWithinMonths, c.NotForWageCosts), (ac.AllowedEmployers, ac.MinimumWeeklyHours, ac.ApplicationTiming, ac.ApplyWithinMonths, ac.NotForWageCosts));
    }

    /// <summary>Text with every kind of space made one plain space, for comparing what a page shows.</summary>
    public static string Plain(string? text) =>
        string.Join(' ', (text ?? string.Empty).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Replace('\u00A0', ' ');
}
