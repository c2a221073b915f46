using Microsoft.EntityFrameworkCore;
using Tyollisyys.Web.Data;
using Tyollisyys.Web.Tests.Support;
using Xunit;

namespace Tyollisyys.Web.Tests.Admin;

/// <summary>In its own class: it adds 30 users with the surname Listala, which the other tests do not expect.</summary>
public sealed class UserListTests(AppFactory app) : IClassFixture<AppFactory>, IAsyncLifetime
{
    public async Task InitializeAsync()
    {
        await using var db = app.NewDbContext();
        if (await db.Users.AnyAsync(u => u.DisplayName.EndsWith("Listala")))
        {
            return;
        }

        var sotkamo = await db.Offices.Where(o => o.Name == AdminSteps.SotkamoOffice).Select(o => o.Id).SingleAsync();
        var counsellor = await db.Roles.Where(r => r.Name == "Counsellor").Select(r => r.Id).SingleAsync();
        for (var i = 0; i < 30; i++)
        {
            var user = new StaffUser
            {
                Id = Guid.NewGuid(),
                UserName = $"lista{i:D2}",
                NormalizedUserName = $"LISTA{i:D2}",
                DisplayName = $"Henkilö{i:D2} Listala",
                OfficeId = sotkamo,
                IsActive = i % 10 != 0,
                CreatedAt = DateTimeOffset.UtcNow,
                SecurityStamp = Guid.NewGuid().ToString(),
            };
            db.Users.Add(user);
            db.UserRoles.Add(new() { UserId = user.Id, RoleId = counsellor });
        }

        await db.SaveChangesAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_list_shows_name_user_name_office_roles_state_and_last_login()
    {
        using var admin = await SignedInAdminAsync();

        var page = await admin.PageAsync("/Admin/Users?q=paakayttaja");

        var cells = Assert.Single(page.QuerySelectorAll("tbody tr")).QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList();
        Assert.Equal(["Liisa Pääkäyttäjä", "paakayttaja", AdminSteps.KajaaniOffice, "Pääkäyttäjä", "Käytössä"], cells[..5]);
        Assert.Matches(@"^\d{1,2}\.\d{1,2}\.\d{4} \d{1,2}\.\d{2}$", cells[5]);
        Assert.Equal("Käyttäjiä löytyi: 1", page.QuerySelector(".hit-count")!.TextContent);
    }

    [Fact]
    public async Task Search_is_case_insensitive_and_matches_display_name_or_user_name()
    {
        using var admin = await SignedInAdminAsync();

        var byDisplayName = await admin.PageAsync("/Admin/Users?q=LISTALA");
        var byUserName = await admin.PageAsync("/Admin/Users?q=ohjaaja3");

        Assert.Equal("Käyttäjiä löytyi: 30", byDisplayName.QuerySelector(".hit-count")!.TextContent);
        Assert.Equal("Saara Ohjaaja", Assert.Single(byUserName.QuerySelectorAll("tbody tr")).QuerySelector("td")!.TextContent.Trim());
    }

    [Fact]
    public async Task Percent_and_underscore_in_the_search_match_only_themselves()
    {
        using var admin = await SignedInAdminAsync();

        var page = await admin.PageAsync("/Admin/Users?q=%25");

        Assert.Equal("Hakuehdoilla ei löytynyt käyttäjiä.", page.QuerySelector(".empty-state")!.TextContent);
        Assert.Equal("Käyttäjiä löytyi: 0", page.QuerySelector(".hit-count")!.TextContent);
    }

    [Fact]
    public async Task Filters_by_office_role_and_state_combine()
    {
        using var admin = await SignedInAdminAsync();
        var sotkamo = await app.OfficeIdAsync(AdminSteps.SotkamoOffice);

        var inactive = await admin.PageAsync($"/Admin/Users?office={sotkamo}&role=Counsellor&status=inactive");
        var managers = await admin.PageAsync("/Admin/Users?role=Manager");

        Assert.Equal(["Henkilö00 Listala", "Henkilö10 Listala", "Henkilö20 Listala"], Names(inactive));
        Assert.Equal(["Mikko Esihenkilö"], Names(managers));
    }

    [Fact]
    public async Task The_list_pages_25_at_a_time_and_keeps_filters_and_sort_in_the_links()
    {
        using var admin = await SignedInAdminAsync();

        var first = await admin.PageAsync("/Admin/Users?q=listala&sort=username&desc=true");
        var nextUrl = first.QuerySelector("a[rel=next]")!.GetAttribute("href")!;
        var second = await admin.PageAsync(nextUrl);

        Assert.Equal(25, first.QuerySelectorAll("tbody tr").Length);
        Assert.Equal("Henkilö29 Listala", Names(first)[0]);
        Assert.Equal(["Henkilö04 Listala", "Henkilö03 Listala", "Henkilö02 Listala", "Henkilö01 Listala", "Henkilö00 Listala"], Names(second));
        Assert.Contains("Sivu 2 / 2", second.QuerySelector(".pager")!.TextContent, StringComparison.Ordinal);
        Assert.Null(second.QuerySelector("a[rel=next]"));
        Assert.Equal("descending", first.QuerySelectorAll("th")[1].GetAttribute("aria-sort"));
        Assert.Null(first.QuerySelectorAll("th")[0].GetAttribute("aria-sort"));
    }

    [Fact]
    public async Task Sorting_by_office_puts_Kajaani_before_Sotkamo_and_the_header_link_reverses_it()
    {
        using var admin = await SignedInAdminAsync();

        var ascending = await admin.PageAsync("/Admin/Users?sort=office");
        var reverse = ascending.QuerySelectorAll("th")[2].QuerySelector("a")!.GetAttribute("href")!;
        var descending = await admin.PageAsync(reverse);

        Assert.Equal(AdminSteps.KajaaniOffice, ascending.QuerySelector("tbody tr td:nth-child(3)")!.TextContent);
        Assert.Equal(AdminSteps.SotkamoOffice, descending.QuerySelector("tbody tr td:nth-child(3)")!.TextContent);
        Assert.Equal("ascending", ascending.QuerySelectorAll("th")[2].GetAttribute("aria-sort"));
    }

    private async Task<StaffClient> SignedInAdminAsync()
    {
        var admin = app.NewClient();
        await admin.SignInAsync("paakayttaja");
        return admin;
    }

    private static List<string> Names(AngleSharp.Html.Dom.IHtmlDocument page) =>
        page.QuerySelectorAll("tbody tr td:first-child").Select(td => td.TextContent.Trim()).ToList();
}
