using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Tyollisyys.Web.Tests.Support;
using Xunit;
using static Tyollisyys.Web.Tests.Kuntalisa.KuntalisaSteps;

namespace Tyollisyys.Web.Tests.Kuntalisa;

/// <summary>
/// The admin's appropriation pages against the decisions: the list's committed, paid and free columns, and revising
/// never going below what is committed, read under the same row lock approvals take. Uses the demo decisions, which
/// commit against Kajaani's appropriation of this year.
/// </summary>
public sealed class AppropriationUseTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static int Year => TestClients.Today.Year;

    [Fact]
    public async Task The_list_shows_what_the_years_decisions_commit_and_have_been_paid_and_what_is_left_free()
    {
        var kajaani = await app.MunicipalityIdAsync("205");
        var (amount, committed, paid) = await FiguresAsync(kajaani);
        using var admin = await app.NewClient().SignInAsync("paakayttaja");

        var page = await admin.PageAsync($"/Admin/Appropriations?year={Year}");

        var row = page.QuerySelectorAll("tbody tr").Single(r => r.QuerySelector("th")!.TextContent.Trim() == "Kajaani");
        Assert.True(committed > 0 && paid > 0);
        Assert.Equal(Euros(committed), Plain(row.QuerySelector("td.committed")!.TextContent));
        Assert.Equal(Euros(paid), Plain(row.QuerySelector("td.paid")!.TextContent));
        Assert.Equal(Euros(amount - committed), Plain(row.QuerySelector("td.free")!.TextContent));
        Assert.Equal(["Kunta", "Määräraha", "Sidottu", "Maksettu", "Vapaana", "Toiminnot"], page.QuerySelectorAll("thead th").Select(h => h.TextContent.Trim()));
    }

    [Fact]
    public async Task Lowering_an_appropriation_below_what_is_committed_is_refused_and_down_to_it_is_allowed()
    {
        var kajaani = await app.MunicipalityIdAsync("205");
        var id = await AppropriationIdAsync(kajaani);
        var (amount, committed, _) = await FiguresAsync(kajaani);
        using var admin = await app.NewClient().SignInAsync("paakayttaja");
        var form = await admin.PageAsync($"/Admin/Appropriations/{id}/Edit");
        var version = form.QuerySelector("#Input_Version")!.GetAttribute("value")!;
        Assert.Contains(Euros(committed), Plain(form.QuerySelector(".committed-now")!.TextContent), StringComparison.Ordinal);
        var tooLow = Input(committed - 0.01m);

        var page = await admin.PostFormExpectingPageAsync($"/Admin/Appropriations/{id}/Edit", new() { ["Input.Amount"] = tooLow, ["Input.Version"] = version });

        Assert.StartsWith("Määrärahaa ei voi laskea", Assert.Single(StaffClient.ErrorMessages(page)), StringComparison.Ordinal);
        Assert.Equal(tooLow, page.QuerySelector("#Input_Amount")!.GetAttribute("value"));
        Assert.Equal(amount, (await FiguresAsync(kajaani)).Amount);

        await admin.PostExpectingRedirectAsync(
            $"/Admin/Appropriations/{id}/Edit",
            new() { ["Input.Amount"] = Input(committed), ["Input.Version"] = version },
            $"/Admin/Appropriations?year={Year}");
        Assert.Equal(committed, (await FiguresAsync(kajaani)).Amount);
        await RestoreAsync(id, amount);
    }

    [Fact]
    public async Task Revising_waits_for_an_approval_holding_the_appropriation_and_then_counts_what_it_committed()
    {
        var kajaani = await app.MunicipalityIdAsync("205");
        var id = await AppropriationIdAsync(kajaani);
        var (amount, committed, _) = await FiguresAsync(kajaani);
        using var admin = await app.NewClient().SignInAsync("paakayttaja");
        var version = (await admin.PageAsync($"/Admin/Appropriations/{id}/Edit")).QuerySelector("#Input_Version")!.GetAttribute("value")!;

        // An "approval" in progress: it holds the appropriation's row and commits 1 000 € more before it ends.
        await using var connection = new NpgsqlConnection(app.ConnectionString);
        await connection.OpenAsync();
        await using var approval = await connection.BeginTransactionAsync();
        await ExecuteAsync(connection, approval, $"SELECT id FROM kuntalisa_appropriations WHERE id = {id} FOR UPDATE");
        var revision = admin.PostFormAsync($"/Admin/Appropriations/{id}/Edit", new() { ["Input.Amount"] = Input(committed + 500m), ["Input.Version"] = version });
        await Task.Delay(500);
        Assert.False(revision.IsCompleted);
        await ExecuteAsync(connection, approval, string.Create(CultureInfo.InvariantCulture, $"""
            UPDATE kuntalisa_decisions SET committed = committed + 1000
            WHERE id = (SELECT min(id) FROM kuntalisa_decisions WHERE municipality_id = {kajaani} AND number_year = {Year} AND status = 3)
            """));
        await approval.CommitAsync();

        using var response = await revision;
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await StaffClient.ParseAsync(await response.Content.ReadAsStringAsync());
        Assert.StartsWith("Määrärahaa ei voi laskea", Assert.Single(StaffClient.ErrorMessages(page)), StringComparison.Ordinal);
        Assert.Equal(amount, (await FiguresAsync(kajaani)).Amount);
    }

    private static string Euros(decimal amount) => Plain(Tyollisyys.Web.Infrastructure.Localization.Formats.Euros(amount));

    private static string Input(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture).Replace('.', ',');

    private static async Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql)
    {
#pragma warning disable CA2100 // test SQL built from our own ids
        await using var command = new NpgsqlCommand(sql, connection, transaction);
#pragma warning restore CA2100
        await command.ExecuteNonQueryAsync();
    }

    private async Task<int> AppropriationIdAsync(int municipalityId)
    {
        await using var db = app.NewDbContext();
        return await db.Appropriations.Where(a => a.MunicipalityId == municipalityId && a.Year == Year).Select(a => a.Id).SingleAsync();
    }

    private async Task<(decimal Amount, decimal Committed, decimal Paid)> FiguresAsync(int municipalityId)
    {
        await using var db = app.NewDbContext();
        var amount = await db.Appropriations.Where(a => a.MunicipalityId == municipalityId && a.Year == Year).Select(a => a.Amount).SingleAsync();
        var decisions = db.KuntalisaDecisions.Where(d => d.MunicipalityId == municipalityId && d.NumberYear == Year);
        var committed = await decisions.SumAsync(d => d.Committed);
        var paid = await db.KuntalisaPaymentClaims.Where(c => decisions.Any(d => d.Id == c.DecisionId)).SumAsync(c => c.PayableAmount);
        return (amount, committed, paid);
    }

    private async Task RestoreAsync(int id, decimal amount)
    {
        await using var db = app.NewDbContext();
        (await db.Appropriations.SingleAsync(a => a.Id == id)).Revise(amount);
        await db.SaveChangesAsync();
    }
}
