using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Tyollisyys.Domain.WorkTrials;
using Tyollisyys.Web.Data;
using Tyollisyys.Web.Infrastructure.Audit;
using Tyollisyys.Web.Pages.Admin.WorkTrialSettings;
using Tyollisyys.Web.Pages.JobSeekers.WorkTrials;
using Tyollisyys.Web.Tests.Support;
using Xunit;

namespace Tyollisyys.Web.Tests.WorkTrials;

/// <summary>The admin keeps the dated expense-allowance rates (issue 6 item 6): adds future ones, withdraws those not yet in force.</summary>
public sealed class AllowanceRateAdministrationTests(AppFactory app) : IClassFixture<AppFactory>
{
    private const string NewRate = "/Admin/WorkTrialSettings/NewRate";

    /// <summary>Each test takes its own future effective date, so tests sharing the class database do not collide.</summary>
    private static int _daysAhead = 30;

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateOnly NextFutureDay() => TestClients.Today.AddDays(Interlocked.Add(ref _daysAhead, 3));

    private static Dictionary<string, string> Fields(DateOnly from, string normal, string outside) => new()
    {
        ["Input.EffectiveFrom"] = Day(from),
        ["Input.Normal"] = normal,
        ["Input.OutsideCommuting"] = outside,
    };

    [Fact]
    public async Task The_settings_page_shows_the_seeded_rule_and_the_rate_in_force_from_the_start()
    {
        using var admin = await app.NewClient().SignInAsync("paakayttaja");

        var page = await admin.PageAsync("/Admin/WorkTrialSettings");

        Assert.Contains("Vähintään 2 yhteydenottoa viikossa työkokeilun 4 ensimmäisen viikon aikana.", page.QuerySelector("#follow-up-heading")!.ParentElement!.TextContent, StringComparison.Ordinal);
        var rows = page.QuerySelectorAll("#rates-heading ~ table tbody tr").Select(r => r.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList()).ToList();
        Assert.Contains(["Alusta alkaen", "9,00\u00A0€", "18,00\u00A0€", "Voimassa nyt", ""], rows);
        Assert.NotNull((await admin.PageAsync("/Admin")).QuerySelector("a[href='/Admin/WorkTrialSettings']"));
    }

    [Fact]
    public async Task Admin_adds_a_future_rate_which_is_listed_as_coming_and_audited()
    {
        using var admin = await app.NewClient().SignInAsync("paakayttaja");
        var from = NextFutureDay();
        var form = FormReader.FieldsOf(await admin.PageAsync(NewRate));
        Assert.Equal(("9,00", "18,00"), (form["Input.Normal"], form["Input.OutsideCommuting"]));

        await admin.PostExpectingRedirectAsync(NewRate, Fields(from, "9,50", "19 €"), "/Admin/WorkTrialSettings");

        await using var db = app.NewDbContext();
        Assert.Contains(new AllowanceRate(from, 9.50m, 19m), await db.AllowanceRatesAsync());
        var row = Assert.Single(await app.AuditRowsAsync(NewRateModel.RecordType, Day(from)));
        Assert.Equal(AuditAction.Create, row.Action);
        Assert.Contains("normal 9.50, outside commuting area 19", row.Reason, StringComparison.Ordinal);
        var list = await admin.PageAsync("/Admin/WorkTrialSettings");
        var listed = list.QuerySelector($"a[href='/Admin/WorkTrialSettings/RemoveRate/{Day(from)}']")!.Closest("tr")!;
        Assert.Contains("Tulee voimaan", listed.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_rate_from_today_or_the_past_is_refused_with_the_reason_and_the_input_kept()
    {
        using var admin = await app.NewClient().SignInAsync("paakayttaja");
        var today = TestClients.Today;

        var page = await admin.PostFormExpectingPageAsync(NewRate, Fields(today, "10", "20"));

        Assert.Equal([$"Uusi määrä voi tulla voimaan aikaisintaan huomenna (tänään on {today.Day}.{today.Month}.{today.Year}), jotta jo lasketut kuukaudet eivät muutu."], StaffClient.ErrorMessages(page));
        Assert.Equal(Day(today), page.QuerySelector("#Input_EffectiveFrom")!.GetAttribute("value"));
        Assert.Equal("10", page.QuerySelector("#Input_Normal")!.GetAttribute("value"));
        await using var db = app.NewDbContext();
        Assert.DoesNotContain(await db.AllowanceRatesAsync(), r => r.EffectiveFrom == today);
    }

    [Theory]
    [InlineData("", "18", "Anna määrä.")]
    [InlineData("9,5,0", "18", "Anna määrä euroina ja sentteinä, esimerkiksi 9,50.")]
    [InlineData("9,001", "18", "Anna määrä euroina ja sentteinä, esimerkiksi 9,50.")]
    [InlineData("101", "120", "Päiväkohtainen määrä on 0–100 € tasasentein.")]
    [InlineData("12", "11,50", "Työssäkäyntialueen ulkopuolinen määrä (11,50 €) ei voi olla pienempi kuin tavallinen määrä (12 €).")]
    public async Task Unreadable_or_out_of_range_amounts_are_refused_in_finnish(string normal, string outside, string message)
    {
        using var admin = await app.NewClient().SignInAsync("paakayttaja");

        var page = await admin.PostFormExpectingPageAsync(NewRate, Fields(NextFutureDay(), normal, outside));

        Assert.Equal([message], StaffClient.ErrorMessages(page));
        Assert.Equal(outside, page.QuerySelector("#Input_OutsideCommuting")!.GetAttribute("value"));
    }

    [Fact]
    public async Task A_second_rate_on_the_same_day_is_refused()
    {
        using var admin = await app.NewClient().SignInAsync("paakayttaja");
        var from = NextFutureDay();
        await admin.PostExpectingRedirectAsync(NewRate, Fields(from, "10", "20"), "/Admin/WorkTrialSettings");

        var page = await admin.PostFormExpectingPageAsync(NewRate, Fields(from, "11", "22"));

        Assert.Equal([$"Päivänä {from.Day}.{from.Month}.{from.Year} voimaan tuleva määrä on jo olemassa."], StaffClient.ErrorMessages(page));
        Assert.Equal("Input_EffectiveFrom-error", page.QuerySelector("#Input_EffectiveFrom")!.GetAttribute("aria-describedby")!.Split(' ')[1]);
    }

    [Fact]
    public async Task A_future_rate_is_withdrawn_after_a_confirmation_once_and_the_withdrawal_is_audited()
    {
        using var admin = await app.NewClient().SignInAsync("paakayttaja");
        var from = NextFutureDay();
        await admin.PostExpectingRedirectAsync(NewRate, Fields(from, "10", "20"), "/Admin/WorkTrialSettings");
        var remove = $"/Admin/WorkTrialSettings/RemoveRate/{Day(from)}";

        using var other = await app.NewClient().SignInAsync("paakayttaja");
        var otherQuestion = await other.PageAsync(remove);

        var question = await admin.PageAsync(remove);
        Assert.Contains("Poistetaanko", question.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        await admin.PostExpectingRedirectAsync(remove, [], "/Admin/WorkTrialSettings");

        // The other admin confirms on the page loaded before the removal: nothing is removed twice, and they are told.
        var token = otherQuestion.QuerySelector("form[method=post]:not([action]) input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using (var late = await other.Http.PostAsync(new Uri(remove, UriKind.Relative), new FormUrlEncodedContent([new("__RequestVerificationToken", token)])))
        {
            Assert.Equal("/Admin/WorkTrialSettings", late.Headers.Location!.OriginalString);
        }

        Assert.Contains("Määrä oli jo poistettu.", (await other.PageAsync("/Admin/WorkTrialSettings")).QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);

        await using var db = app.NewDbContext();
        Assert.DoesNotContain(await db.AllowanceRatesAsync(), r => r.EffectiveFrom == from);
        Assert.Equal([AuditAction.Create, AuditAction.Delete], (await app.AuditRowsAsync(NewRateModel.RecordType, Day(from))).Select(r => r.Action));
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync(remove)).StatusCode);
    }

    [Fact]
    public async Task The_rate_in_force_cannot_be_withdrawn_and_its_page_says_why()
    {
        using var admin = await app.NewClient().SignInAsync("paakayttaja");
        const string remove = "/Admin/WorkTrialSettings/RemoveRate/0001-01-01";

        var page = await admin.PageAsync(remove);
        Assert.Equal(["Määrä on jo tullut voimaan, joten sitä ei voi poistaa: sillä lasketut kuukaudet muuttuisivat."], StaffClient.ErrorMessages(page));
        Assert.Null(page.QuerySelector("form[method=post] button.danger"));

        var token = page.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value");
        using var posted = await admin.Http.PostAsync(new Uri(remove, UriKind.Relative), new FormUrlEncodedContent([new("__RequestVerificationToken", token ?? string.Empty)]));
        Assert.NotEqual(HttpStatusCode.Redirect, posted.StatusCode);
        await using var db = app.NewDbContext();
        Assert.Contains(await db.AllowanceRatesAsync(), r => r.EffectiveFrom == DateOnly.MinValue);
    }

    [Fact]
    public async Task A_new_dated_rate_changes_the_computed_month_from_its_day_on()
    {
        var tomorrow = TestClients.Today.AddDays(1);
        var trial = await TestWorkTrials.AddOngoingAsync(app, TestClients.Today);
        await using (var db = app.NewDbContext())
        {
            var tracked = await db.WorkTrials.Include(w => w.Attendance).SingleAsync(w => w.Id == trial.Id);
            tracked.RecordAttendance(tomorrow.Year, tomorrow.Month, [tomorrow]);
            await db.SaveChangesAsync();
        }

        using var counsellor = await app.NewClient().SignInAsync("ohjaaja1");
        var path = DetailsModel.PathOf(trial.JobSeekerId, trial.Id);
        Assert.Equal("9,00\u00A0€", await MonthAmountAsync(counsellor, path, tomorrow));

        using var admin = await app.NewClient().SignInAsync("paakayttaja");
        await admin.PostExpectingRedirectAsync(NewRate, Fields(tomorrow, "11,25", "22,50"), "/Admin/WorkTrialSettings");

        Assert.Equal("11,25\u00A0€", await MonthAmountAsync(counsellor, path, tomorrow));
    }

    /// <summary>The allowance the trial page shows for the month of <paramref name="day"/>.</summary>
    private static async Task<string> MonthAmountAsync(StaffClient counsellor, string path, DateOnly day)
    {
        var page = await counsellor.PageAsync(path);
        var row = page.QuerySelectorAll("#attendance-heading ~ table tbody tr")
            .Single(r => r.QuerySelector("td")!.TextContent.Trim() == $"{day.Month}/{day.Year}");
        return row.QuerySelectorAll("td")[3].TextContent.Trim();
    }
}
