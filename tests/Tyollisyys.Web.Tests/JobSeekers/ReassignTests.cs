using System.Net;
using Microsoft.EntityFrameworkCore;
using Tyollisyys.Web.Infrastructure.Audit;
using Tyollisyys.Web.Tests.Support;
using Xunit;

namespace Tyollisyys.Web.Tests.JobSeekers;

public sealed class ReassignTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task A_counsellor_hands_a_client_to_a_colleague_in_the_same_office_with_an_audited_reason()
    {
        var (id, _) = await TestClients.CreateAsync(app, "ohjaaja1");
        using var client = await app.NewClient().SignInAsync("ohjaaja1");
        var form = await FormAsync(client, id);
        Assert.Contains("Aino Ohjaaja", (await client.PageAsync(Url(id))).QuerySelector("main dl")!.TextContent, StringComparison.Ordinal);
        var eero = await UserIdAsync("ohjaaja2");
        form["Input.CounsellorId"] = eero.ToString();
        form["Input.Reason"] = "Kuormituksen tasaus";

        using var response = await client.PostFormAsync(Url(id), form);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = app.NewDbContext();
        Assert.Equal(eero, (await db.JobSeekers.SingleAsync(j => j.Id == id)).CounsellorId);
        Assert.Equal(1, await TestClients.AuditCountAsync(app, id, AuditAction.Update, reason: "reassigned: Kuormituksen tasaus"));
    }

    [Fact]
    public async Task A_counsellor_cannot_hand_a_client_to_another_office()
    {
        var (id, _) = await TestClients.CreateAsync(app, "ohjaaja1");
        using var client = await app.NewClient().SignInAsync("ohjaaja1");
        var page = await client.PageAsync(Url(id));
        var saara = await UserIdAsync("ohjaaja3");
        Assert.Null(page.QuerySelector($"option[value='{saara}']"));
        var form = EditClientTests.FieldsOf(page);
        form["Input.CounsellorId"] = saara.ToString();
        form["Input.Reason"] = "Muutti Sotkamoon";

        var refused = await client.PostFormExpectingPageAsync(Url(id), form);

        Assert.Contains("Et voi siirtää asiakasta tälle ohjaajalle.", StaffClient.ErrorMessages(refused));
        await using var db = app.NewDbContext();
        Assert.Equal(await UserIdAsync("ohjaaja1"), (await db.JobSeekers.SingleAsync(j => j.Id == id)).CounsellorId);
        Assert.Equal(0, await TestClients.AuditCountAsync(app, id, AuditAction.Update));
    }

    [Fact]
    public async Task A_manager_moves_a_client_to_another_office()
    {
        var (id, _) = await TestClients.CreateAsync(app, "ohjaaja1");
        using var client = await app.NewClient().SignInAsync("esihenkilo");
        var form = await FormAsync(client, id);
        var saara = await UserIdAsync("ohjaaja3");
        form["Input.CounsellorId"] = saara.ToString();
        form["Input.Reason"] = "Muutti Sotkamoon";

        using var response = await client.PostFormAsync(Url(id), form);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = app.NewDbContext();
        var moved = await db.JobSeekers.SingleAsync(j => j.Id == id);
        var sotkamo = await db.Offices.SingleAsync(o => o.Name == "Sotkamon työllisyyspalvelut");
        Assert.Equal((saara, sotkamo.Id), (moved.CounsellorId, moved.OfficeId));
        Assert.Equal(1, await TestClients.AuditCountAsync(app, id, AuditAction.Update, reason: "reassigned: Muutti Sotkamoon"));
        using var aino = await app.NewClient().SignInAsync("ohjaaja1");
        using var gone = await aino.GetAsync(TestClients.CardUrl(id));
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }

    [Fact]
    public async Task The_reason_is_required()
    {
        var (id, _) = await TestClients.CreateAsync(app, "ohjaaja1");
        using var client = await app.NewClient().SignInAsync("ohjaaja1");
        var form = await FormAsync(client, id);
        form["Input.CounsellorId"] = (await UserIdAsync("ohjaaja2")).ToString();

        var page = await client.PostFormExpectingPageAsync(Url(id), form);

        Assert.Equal(new[] { "Kerro siirron syy." }, StaffClient.ErrorMessages(page));
    }

    private static string Url(long id) => TestClients.CardUrl(id) + "/Reassign";

    private static async Task<Dictionary<string, string>> FormAsync(StaffClient client, long id) =>
        EditClientTests.FieldsOf(await client.PageAsync(Url(id)));

    private async Task<Guid> UserIdAsync(string userName)
    {
        await using var db = app.NewDbContext();
        return (await db.Users.SingleAsync(u => u.UserName == userName)).Id;
    }
}
