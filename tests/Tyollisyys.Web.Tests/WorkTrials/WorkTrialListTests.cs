using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Tyollisyys.Domain.Employers;
using Tyollisyys.Web.Infrastructure.Audit;
using Tyollisyys.Web.Pages.JobSeekers.WorkTrials;
using Tyollisyys.Web.Tests.Support;
using Xunit;

namespace Tyollisyys.Web.Tests.WorkTrials;

/// <summary>The work trials across clients: filters, paging, the empty state, the access rule, the audit and the CSV.</summary>
public sealed class WorkTrialListTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task A_counsellor_finds_a_trial_by_its_organiser_and_opens_it_and_the_view_is_audited()
    {
        var (clientId, organiser) = await ArrangeAsync();
        var trial = await TestHistories.AddStartedTrialAsync(app, clientId, organiser.Id);
        using var counsellor = await app.NewClient().SignInAsync("ohjaaja1");

        var page = await counsellor.PageAsync("/WorkTrials?organiser=" + Uri.EscapeDataString(organiser.Name[..12]));

        var rows = page.QuerySelectorAll("table tbody tr");
        var row = Assert.Single(rows);
        Assert.Equal(DetailsModel.PathOf(clientId, trial.Id), row.QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains("Käynnissä", row.TextContent, StringComparison.Ordinal);
        Assert.Equal("Työkokeilut", page.QuerySelector("h1")!.TextContent);
        Assert.NotNull(page.QuerySelector("nav[aria-label] a[href='/']"));
        await using var db = app.NewDbContext();
        Assert.True(await db.AuditEvents.AnyAsync(e => e.Action == AuditAction.View && e.RecordType == "WorkTrial"
            && e.Reason!.StartsWith("work-trial-list status=all organiser=NamePrefix") && e.Reason.EndsWith("hits=1")));
    }

    [Fact]
    public async Task The_status_office_and_start_date_filters_narrow_the_list()
    {
        var (clientId, organiser) = await ArrangeAsync();
        await TestHistories.AddStartedTrialAsync(app, clientId, organiser.Id);
        await TestHistories.AddChainAsync(app, clientId, organiser.Id, organiser.Id);
        var trialsOf = "/WorkTrials?organiser=" + Uri.EscapeDataString(organiser.BusinessId!.Value);
        await using var db = app.NewDbContext();
        var sotkamo = await db.Offices.Where(o => o.Name.Contains("Sotkamo")).Select(o => o.Id).SingleAsync();
        using var manager = await app.NewClient().SignInAsync("esihenkilo");
        var today = TestClients.Today;

        Assert.Equal(3, await CountAsync(manager, trialsOf));
        Assert.Equal(1, await CountAsync(manager, trialsOf + "&status=Ongoing"));
        Assert.Equal(1, await CountAsync(manager, trialsOf + "&status=Draft"));
        Assert.Equal(0, await CountAsync(manager, trialsOf + "&status=Completed"));
        Assert.Equal(0, await CountAsync(manager, trialsOf + "&office=" + sotkamo.ToString(CultureInfo.InvariantCulture)));
        Assert.Equal(1, await CountAsync(manager, trialsOf + "&from=" + Iso(today.AddDays(-21)) + "&to=" + Iso(today)));
        Assert.Equal(2, await CountAsync(manager, trialsOf + "&from=" + Iso(today.AddDays(1))));
    }

    [Fact]
    public async Task No_hits_show_the_empty_state_with_a_way_back()
    {
        using var counsellor = await app.NewClient().SignInAsync("ohjaaja1");

        var page = await counsellor.PageAsync("/WorkTrials?organiser=" + TestClients.UniqueName("Eiole"));

        Assert.Null(page.QuerySelector("table"));
        var empty = page.QuerySelector(".empty-state-panel")!;
        Assert.Contains("Rajauksilla ei löytynyt työkokeiluja.", empty.TextContent, StringComparison.Ordinal);
        Assert.Equal("/WorkTrials", empty.QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Another_offices_counsellor_sees_none_of_the_trials_of_clients_they_may_not_see_and_an_admin_is_refused()
    {
        var (clientId, organiser) = await ArrangeAsync();
        await TestHistories.AddStartedTrialAsync(app, clientId, organiser.Id);
        var url = "/WorkTrials?organiser=" + Uri.EscapeDataString(organiser.BusinessId!.Value);
        using var sotkamo = await app.NewClient().SignInAsync("ohjaaja3");
        using var admin = await app.NewClient().SignInAsync("paakayttaja");
        using var anonymous = app.NewClient();

        Assert.Equal(0, await CountAsync(sotkamo, url));
        using var csv = await sotkamo.GetAsync(url + "&handler=Csv");
        Assert.Single(await CsvReadBack.RowsOfAsync(csv));
        using var refused = await admin.GetAsync(url);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        using var toLogin = await anonymous.GetAsync(url);
        Assert.Contains("/Account/Login", toLogin.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_csv_holds_the_filtered_trials_with_the_allowance_so_far_and_the_chain()
    {
        var (clientId, organiser) = await ArrangeAsync();
        var next = await TestHistories.AddAwkwardEmployerAsync(app, "Jatko");
        await TestHistories.AddStartedTrialAsync(app, clientId, organiser.Id);
        var (interrupted, continuation) = await TestHistories.AddChainAsync(app, clientId, organiser.Id, next.Id);
        using var manager = await app.NewClient().SignInAsync("esihenkilo");

        using var response = await manager.GetAsync("/WorkTrials?handler=Csv&organiser=" + Uri.EscapeDataString(organiser.BusinessId!.Value));

        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        var rows = await CsvReadBack.RowsOfAsync(response);
        Assert.Equal(3, rows.Count);
        var header = rows[0];
        string Field(string[] row, string name) => row[Array.IndexOf(header, name)];
        var started = Assert.Single(rows, r => r.Length == header.Length && Field(r, "Tila") == "Käynnissä");
        Assert.Equal(organiser.Name, Field(started, "Järjestäjä"));
        Assert.Equal(organiser.BusinessId.Value, Field(started, "Y-tunnus"));
        Assert.Equal("6", Field(started, "Läsnäolopäivät"));
        Assert.Equal("45,00", Field(started, "Kulukorvaus tähän mennessä €")); // the stored rates carry cents
        Assert.Equal("6,0", Field(started, "Tunteja päivässä"));
        Assert.Equal("Työhön paluu", Field(started, "Tavoite"));
        var first = Assert.Single(rows, r => Field(r, "Tila") == "Keskeytetty");
        Assert.Equal($"{next.Name}, alkanut {continuation.StartDate.ToString("d.M.yyyy", CultureInfo.InvariantCulture)}", Field(first, "Jatkuu työkokeiluna"));
        Assert.Equal(string.Empty, Field(first, "Jatkoa työkokeilulle"));
        Assert.Equal(interrupted.StartDate.ToString("d.M.yyyy", CultureInfo.InvariantCulture), Field(first, "Alkaa"));
        await using var db = app.NewDbContext();
        Assert.True(await db.AuditEvents.AnyAsync(e => e.Action == AuditAction.Export && e.RecordType == "WorkTrial"
            && e.Reason!.StartsWith("work-trials-csv status=all organiser=BusinessId") && e.Reason.EndsWith("rows=2 clients=1")));
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static async Task<int> CountAsync(StaffClient staff, string url) =>
        (await staff.PageAsync(url)).QuerySelectorAll("table tbody tr").Length;

    private async Task<(long ClientId, Employer Organiser)> ArrangeAsync()
    {
        var clientId = await TestDecisions.AddEligibleClientAsync(app);
        var organiser = await TestHistories.AddAwkwardEmployerAsync(app, "Kokeilu");
        return (clientId, organiser);
    }
}
