using Microsoft.EntityFrameworkCore;
using Tyollisyys.Web.Tests.Support;
using Xunit;

namespace Tyollisyys.Web.Tests.Manager;

public sealed class OfficeCaseloadTargetTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task An_admin_sets_the_offices_caseload_target_on_its_edit_page()
    {
        using var admin = await app.NewClient().SignInAsync("paakayttaja");
        var (id, url) = await SotkamoAsync();
        var fields = FormReader.FieldsOf(await admin.PageAsync(url));
        Assert.Equal("80", fields["Input.CaseloadTarget"]);
        fields["Input.CaseloadTarget"] = "65";

        await admin.PostExpectingRedirectAsync(url, fields, "/Admin/Offices");

        await using var db = app.NewDbContext();
        Assert.Equal(65, await db.Offices.Where(o => o.Id == id).Select(o => o.CaseloadTarget).SingleAsync());
    }

    [Theory]
    [InlineData("0")]
    [InlineData("501")]
    [InlineData("kahdeksankymmentä")]
    [InlineData("")]
    public async Task A_target_outside_1_to_500_is_refused_with_the_input_kept(string target)
    {
        using var admin = await app.NewClient().SignInAsync("paakayttaja");
        var (id, url) = await SotkamoAsync();
        var fields = FormReader.FieldsOf(await admin.PageAsync(url));
        var before = await TargetAsync(id);
        fields["Input.CaseloadTarget"] = target;

        var page = await admin.PostFormExpectingPageAsync(url, fields);

        Assert.Equal(["Anna asiakasmäärän tavoite kokonaislukuna 1–500."], StaffClient.ErrorMessages(page));
        Assert.Equal(target, page.QuerySelector("#Input_CaseloadTarget")!.GetAttribute("value"));
        Assert.Equal(before, await TargetAsync(id));
    }

    private async Task<(int Id, string Url)> SotkamoAsync()
    {
        await using var db = app.NewDbContext();
        var id = await db.Offices.Where(o => o.Name == AdminSteps.SotkamoOffice).Select(o => o.Id).SingleAsync();
        return (id, $"/Admin/Offices/Edit/{id}");
    }

    private async Task<int> TargetAsync(int id)
    {
        await using var db = app.NewDbContext();
        return await db.Offices.Where(o => o.Id == id).Select(o => o.CaseloadTarget).SingleAsync();
    }
}
