using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Tyollisyys.Domain.Kpi;
using Tyollisyys.Web.Data;
using Tyollisyys.Web.Infrastructure.Audit;
using Tyollisyys.Web.Tests.Support;
using Xunit;
using static Tyollisyys.Web.Tests.Kuntalisa.KuntalisaSteps;

namespace Tyollisyys.Web.Tests.Kpi;

public sealed class KpiTargetPagesTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static readonly int Count = KpiDefinitions.All.Count;

    private static string EditUrl(int municipality, int year) => string.Create(CultureInfo.InvariantCulture, $"/Admin/KpiTargets/{municipality}/{year}");

    private static int Index(KpiCode kpi) => KpiDefinitions.All.Select(d => d.Code).ToList().IndexOf(kpi);

    /// <summary>The form's fields as loaded, with the given values typed in (by figure).</summary>
    private static async Task<Dictionary<string, string>> FormAsync(StaffClient admin, string url, params (KpiCode Kpi, string Value)[] typed)
    {
        var form = await admin.PageAsync(url);
        var fields = new Dictionary<string, string>();
        for (var i = 0; i < Count; i++)
        {
            fields[$"Input.Targets[{i}].Kpi"] = form.QuerySelector($"#Input_Targets_{i}__Kpi")!.GetAttribute("value")!;
            fields[$"Input.Targets[{i}].Version"] = form.QuerySelector($"#Input_Targets_{i}__Version")!.GetAttribute("value") ?? string.Empty;
            fields[$"Input.Targets[{i}].Value"] = form.QuerySelector($"#Input_Targets_{i}__Value")!.GetAttribute("value") ?? string.Empty;
        }

        foreach (var (kpi, value) in typed)
        {
            fields[$"Input.Targets[{Index(kpi)}].Value"] = value;
        }

        return fields;
    }

    [Fact]
    public async Task Admin_sets_revises_and_removes_a_years_targets_in_one_form_and_each_save_is_audited()
    {
        var municipality = await app.NewMunicipalityAsync("Tavoitekunta");
        var url = EditUrl(municipality, 2026);
        using var admin = await app.NewClient().SignInAsync("paakayttaja");

        await admin.PostExpectingRedirectAsync(url, await FormAsync(admin, url, (KpiCode.ActivationRate, "55,5"), (KpiCode.ClientsPerCounsellor, "80")), "/Admin/KpiTargets?year=2026");
        await admin.PostExpectingRedirectAsync(url, await FormAsync(admin, url, (KpiCode.ActivationRate, "60"), (KpiCode.ClientsPerCounsellor, "")), "/Admin/KpiTargets?year=2026");

        await using var db = app.NewDbContext();
        var saved = await db.KpiTargets.Where(t => t.MunicipalityId == municipality).ToListAsync();
        Assert.Equal((KpiCode.ActivationRate, 2026, 60m), Assert.Single(saved) is var only ? (only.Kpi, only.Year, only.Value) : default);
        var audit = await app.AuditRowsAsync("KpiTargets", $"{municipality}/2026");
        Assert.Equal(["ActivationRate - -> 55.5; ClientsPerCounsellor - -> 80", "ActivationRate 55.50 -> 60; ClientsPerCounsellor 80.00 -> -"], audit.Select(a => a.Reason));
        Assert.All(audit, a => Assert.Equal(AuditAction.Update, a.Action));
        var list = await admin.PageAsync("/Admin/KpiTargets?year=2026");
        Assert.Contains(list.QuerySelectorAll("tbody tr"), r => r.TextContent.Contains("Tavoitekunta", StringComparison.Ordinal) && Plain(r.QuerySelector("td.number")!.TextContent) == $"1/{Count}");
    }

    [Fact]
    public async Task Unreadable_and_out_of_range_targets_are_refused_in_Finnish_and_the_input_is_kept()
    {
        var municipality = await app.NewMunicipalityAsync("Tavoitekunta");
        var url = EditUrl(municipality, 2026);
        using var admin = await app.NewClient().SignInAsync("paakayttaja");

        var page = await admin.PostFormExpectingPageAsync(url, await FormAsync(admin, url, (KpiCode.ActivationRate, "paljon"), (KpiCode.PlansUpToDate, "100,5"), (KpiCode.ClientsPerCounsellor, "-3")));

        Assert.Equal(
            ["Anna luku, esimerkiksi 70,5 tai 3 600,00.", "Tavoitteen on oltava 0–100, enintään kahdella desimaalilla.", "Tavoitteen on oltava 0–1000000, enintään kahdella desimaalilla."],
            StaffClient.ErrorMessages(page).Order(StringComparer.Ordinal));
        Assert.Equal("paljon", page.QuerySelector($"#Input_Targets_{Index(KpiCode.ActivationRate)}__Value")!.GetAttribute("value"));
        await using var db = app.NewDbContext();
        Assert.False(await db.KpiTargets.AnyAsync(t => t.MunicipalityId == municipality));
    }

    [Fact]
    public async Task A_stale_form_is_refused_and_shows_what_is_stored_now()
    {
        var municipality = await app.NewMunicipalityAsync("Tavoitekunta");
        var url = EditUrl(municipality, 2026);
        using var first = await app.NewClient().SignInAsync("paakayttaja");
        using var second = await app.NewClient().SignInAsync("paakayttaja");
        var stale = await FormAsync(second, url, (KpiCode.ActivationRate, "40"));

        await first.PostExpectingRedirectAsync(url, await FormAsync(first, url, (KpiCode.ActivationRate, "50")), "/Admin/KpiTargets?year=2026");
        var page = await second.PostFormExpectingPageAsync(url, stale);

        Assert.Equal(["Joku muu muutti tietoja sillä välin. Tarkista tämänhetkiset tiedot ja tee muutoksesi uudelleen."], StaffClient.ErrorMessages(page));
        Assert.Equal("50", page.QuerySelector($"#Input_Targets_{Index(KpiCode.ActivationRate)}__Value")!.GetAttribute("value"));
        await using var db = app.NewDbContext();
        Assert.Equal(50m, (await db.KpiTargets.SingleAsync(t => t.MunicipalityId == municipality)).Value);
    }

    [Fact]
    public async Task An_unknown_municipality_or_year_answers_404()
    {
        using var admin = await app.NewClient().SignInAsync("paakayttaja");

        using var noSuch = await admin.GetAsync(EditUrl(999_999, 2026));
        using var badYear = await admin.GetAsync(EditUrl(await app.MunicipalityIdAsync("205"), 1999));

        Assert.Equal(System.Net.HttpStatusCode.NotFound, noSuch.StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, badYear.StatusCode);
    }

    [Theory]
    [InlineData("esihenkilo")]
    [InlineData("ohjaaja1")]
    public async Task Managers_and_counsellors_get_403_from_the_target_pages(string user)
    {
        using var client = await app.NewClient().SignInAsync(user);

        using var list = await client.GetAsync("/Admin/KpiTargets");

        Assert.Equal(System.Net.HttpStatusCode.Forbidden, list.StatusCode);
    }

    [Fact]
    public async Task The_demo_targets_cover_every_figure_of_the_demo_municipalities_for_this_year_and_last_once()
    {
        await using var db = app.NewDbContext();
        var year = TestClients.Today.Year;
        // The demo data seeded them at start-up; seed them again from nothing to count what the seeding adds.
        var demo = new[] { await app.MunicipalityIdAsync("205"), await app.MunicipalityIdAsync("765"), await app.MunicipalityIdAsync("620") };
        await db.KpiTargets.Where(t => demo.Contains(t.MunicipalityId) && (t.Year == year || t.Year == year - 1)).ExecuteDeleteAsync();

        var added = await KpiDemoTargets.SeedAsync(db, year);
        var again = await KpiDemoTargets.SeedAsync(db, year);

        Assert.Equal(3 * 2 * Count, added);
        Assert.Equal(0, again);
        var kajaani = await app.MunicipalityIdAsync("205");
        Assert.Equal(60m, (await db.KpiTargets.SingleAsync(t => t.MunicipalityId == kajaani && t.Year == year && t.Kpi == KpiCode.LongTermUnemployedAtEnd)).Value);
        Assert.Equal(25m, (await db.KpiTargets.SingleAsync(t => t.MunicipalityId == kajaani && t.Year == year - 1 && t.Kpi == KpiCode.NewSpellsPassingThreeMonths)).Value);
    }
}
