using Microsoft.EntityFrameworkCore;
using Tyollisyys.Web.Infrastructure.Audit;
using Tyollisyys.Web.Tests.Support;
using Xunit;
using static Tyollisyys.Web.Tests.Support.CaseloadReader;

namespace Tyollisyys.Web.Tests.JobSeekers;

/// <summary>The caseload list: whose clients it shows, the search field, its states, its audit trail and its languages.</summary>
public sealed class CaseloadListTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task A_counsellor_sees_their_own_clients_by_default_and_their_office_on_request()
    {
        var name = TestClients.UniqueName();
        var clients = await app.AddAsync(
            new ClientSpec(name, "Oma"),
            new ClientSpec(name, "Kollegan") { Counsellor = "ohjaaja2" },
            new ClientSpec(name, "Sotkamon") { Counsellor = "ohjaaja3" });
        using var client = app.NewClient();
        await client.SignInAsync("ohjaaja1");

        var mine = await client.PageAsync(Search(name));
        var office = await client.PageAsync(Search(name, "&scope=Office"));

        Assert.Equal([$"{name} Oma"], Names(mine));
        Assert.Equal(["Omat asiakkaat"], mine.QuerySelectorAll(".scope-switch a[aria-current=page]").Select(a => a.TextContent));
        Assert.Equal([$"{name} Kollegan", $"{name} Oma"], Names(office));
        Assert.Equal($"/JobSeekers/{clients[0].Id}", mine.QuerySelector("table.caseload tbody a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task A_counsellor_never_sees_another_offices_clients_not_even_by_identity_code()
    {
        var name = TestClients.UniqueName();
        var sotkamo = (await app.AddAsync(new ClientSpec(name) { Counsellor = "ohjaaja3", BirthDate = new(1977, 3, 9) }))[0];
        using var client = app.NewClient();
        await client.SignInAsync("ohjaaja1");

        foreach (var url in new[]
        {
            Search(name, "&scope=Office"),
            Search(name, "&scope=All"),
            Search(sotkamo.IdentityCode, "&scope=Office"),
            Search(sotkamo.IdentityCode[..8], "&scope=All"),
            Search(sotkamo.CustomerNumber, "&scope=Office"),
        })
        {
            var page = await client.PageAsync(url);
            Assert.DoesNotContain(sotkamo.Id, Ids(page));
        }

        using var own = app.NewClient();
        await own.SignInAsync("ohjaaja3");
        Assert.Equal([sotkamo.Id], Ids(await own.PageAsync(Search(sotkamo.IdentityCode))));
    }

    [Fact]
    public async Task A_manager_sees_the_whole_area_and_can_narrow_it_to_one_office()
    {
        var name = TestClients.UniqueName();
        await app.AddAsync(new ClientSpec(name, "Kajaanin"), new ClientSpec(name, "Sotkamon") { Counsellor = "ohjaaja3" });
        await using var db = app.NewDbContext();
        var sotkamoOffice = await db.Offices.Where(o => o.Name == "Sotkamon työllisyyspalvelut").Select(o => o.Id).SingleAsync();
        using var client = app.NewClient();
        await client.SignInAsync("esihenkilo");

        var all = await client.PageAsync(Search(name));
        var oneOffice = await client.PageAsync(Search(name, $"&scope=All&office={sotkamoOffice}"));

        Assert.Equal([$"{name} Kajaanin", $"{name} Sotkamon"], Names(all));
        Assert.Equal(["Kaikki"], all.QuerySelectorAll(".scope-switch a[aria-current=page]").Select(a => a.TextContent));
        Assert.Equal([$"{name} Sotkamon"], Names(oneOffice));
        Assert.NotNull(all.QuerySelector("select[name=office]"));
    }

    [Theory]
    [InlineData("Ärjä", "ärjä")]
    [InlineData("Ärjä", "ÄRJÄ")]
    [InlineData("Öljy", "öLJY")]
    [InlineData("Åker", "åker")]
    public async Task Name_search_is_a_case_insensitive_prefix_that_knows_Finnish_letters(string start, string typed)
    {
        var name = TestClients.UniqueName(start);
        var suffix = name[start.Length..];
        await app.AddAsync(new ClientSpec(name, "Väinö Åke"));
        using var client = app.NewClient();
        await client.SignInAsync("ohjaaja1");

        var bySurname = await client.PageAsync(Search(typed + suffix.ToUpperInvariant()[..3]));
        var byFirstName = await client.PageAsync(Search($"väinö åke {name[..6]}"));
        var withSpaces = await client.PageAsync(Search($"  {typed}{suffix}   väinö "));

        Assert.Contains($"{name} Väinö Åke", Names(bySurname));
        Assert.Contains($"{name} Väinö Åke", Names(byFirstName));
        Assert.Equal([$"{name} Väinö Åke"], Names(withSpaces));
    }

    [Fact]
    public async Task Identity_code_search_finds_by_the_whole_code_or_its_start_and_shows_it_masked()
    {
        var clients = await app.AddAsync(new ClientSpec(TestClients.UniqueName()) { BirthDate = new(1969, 11, 23) }, new ClientSpec(TestClients.UniqueName()) { BirthDate = new(1969, 11, 23) });
        var code = clients[0].IdentityCode;
        using var client = app.NewClient();
        await client.SignInAsync("ohjaaja1");

        var whole = await client.PageAsync(Search(code.ToLowerInvariant()));
        var datePart = await client.PageAsync(Search(code[..6]));
        var withSign = await client.PageAsync(Search(code[..7]));

        Assert.Equal([clients[0].Id], Ids(whole));
        Assert.Equal(clients[0].Masked, whole.QuerySelector("td.identity-code")!.TextContent);
        Assert.Contains(clients[0].Id, Ids(datePart));
        Assert.Contains(clients[1].Id, Ids(datePart));
        Assert.Contains(clients[0].Id, Ids(withSign));
    }

    [Fact]
    public async Task Customer_number_search_is_exact()
    {
        var clients = await app.AddAsync(new ClientSpec(TestClients.UniqueName()), new ClientSpec(TestClients.UniqueName()));
        using var client = app.NewClient();
        await client.SignInAsync("ohjaaja1");

        var page = await client.PageAsync(Search(clients[1].CustomerNumber));
        var part = await client.PageAsync(Search(clients[1].CustomerNumber[..4]));

        // Six digits may also be the date part of an identity code, so others born that day may show too.
        Assert.Contains(clients[1].Id, Ids(page));
        Assert.DoesNotContain(clients[0].Id, Ids(page));
        Assert.Empty(Ids(part));
    }

    [Fact]
    public async Task The_number_of_hits_is_shown_in_a_status_element()
    {
        var name = TestClients.UniqueName();
        await app.AddAsync(new ClientSpec(name), new ClientSpec(name), new ClientSpec(name, "Yksi"));
        using var client = app.NewClient();
        await client.SignInAsync("ohjaaja1");

        Assert.Equal("3 asiakasta", Count(await client.PageAsync(Search(name))));
        Assert.Equal("1 asiakas", Count(await client.PageAsync(Search(name + " yksi"))));
    }

    [Fact]
    public async Task An_empty_caseload_and_a_search_without_hits_say_so_and_offer_the_way_on()
    {
        using var manager = app.NewClient();
        await manager.SignInAsync("esihenkilo");
        using var counsellor = app.NewClient();
        await counsellor.SignInAsync("ohjaaja1");

        var empty = await manager.PageAsync("/?scope=Mine");
        var noHits = await counsellor.PageAsync(Search(TestClients.UniqueName("Eiketään")));

        Assert.Contains("Sinulla ei ole vielä asiakkaita.", empty.QuerySelector(".empty-state-panel")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(empty.QuerySelector(".empty-state-panel a[href='/JobSeekers/Create']"));
        Assert.Null(empty.QuerySelector("table.caseload"));
        Assert.Contains("Haulla ei löytynyt asiakkaita.", noHits.QuerySelector(".empty-state-panel")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("/", noHits.QuerySelector(".empty-state-panel a")!.GetAttribute("href"));
        Assert.Equal("0 asiakasta", Count(noHits));
    }

    [Fact]
    public async Task The_list_never_contains_an_unmasked_identity_code()
    {
        var name = TestClients.UniqueName();
        var clients = await app.AddAsync(new ClientSpec(name), new ClientSpec(name) { Counsellor = "ohjaaja2" });
        using var client = app.NewClient();
        await client.SignInAsync("ohjaaja1");

        foreach (var url in new[] { "/", "/?scope=Office", Search(name, "&scope=Office"), Search(clients[0].IdentityCode[..8], "&scope=Office") })
        {
            using var response = await client.GetAsync(url);
            var body = await response.Content.ReadAsStringAsync();
            foreach (var seeker in clients)
            {
                Assert.DoesNotContain(seeker.IdentityCode, body, StringComparison.OrdinalIgnoreCase);
            }
        }

        var page = await client.PageAsync(Search(name, "&scope=Office"));
        Assert.Equal(clients.Select(c => c.Masked).Order(StringComparer.Ordinal), page.QuerySelectorAll("td.identity-code").Select(td => td.TextContent).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_list_view_and_a_search_are_audited_without_the_identity_code()
    {
        var seeker = (await app.AddAsync(new ClientSpec(TestClients.UniqueName()) { BirthDate = new(1958, 2, 14) }))[0];
        using var client = app.NewClient();
        await client.SignInAsync("ohjaaja2");

        await client.PageAsync("/?scope=Office&longTerm=true");
        await client.PageAsync(Search(seeker.IdentityCode[..10], "&scope=Office"));

        await using var db = app.NewDbContext();
        var rows = await db.AuditEvents.Where(e => e.UserName == "ohjaaja2" && e.RecordType == "Caseload").OrderBy(e => e.Id).ToListAsync();
        Assert.Equal([AuditAction.View, AuditAction.Search], rows.Select(r => r.Action));
        Assert.Contains("scope=Office", rows[0].Reason, StringComparison.Ordinal);
        Assert.Contains("long-term", rows[0].Reason, StringComparison.Ordinal);
        Assert.Contains("search=identity-code-prefix", rows[1].Reason, StringComparison.Ordinal);
        Assert.Contains("hits=1", rows[1].Reason, StringComparison.Ordinal);
        Assert.DoesNotContain(seeker.IdentityCode[..6], rows[1].Reason, StringComparison.Ordinal);
        Assert.Equal("/", rows[1].Path);
    }

    [Fact]
    public async Task An_admin_without_a_client_role_keeps_the_admin_start_page()
    {
        using var client = app.NewClient();
        await client.SignInAsync("paakayttaja");

        var page = await client.PageAsync("/?q=a");

        Assert.Null(page.QuerySelector("table.caseload"));
        Assert.Null(page.QuerySelector("input[name=q]"));
        Assert.NotNull(page.QuerySelector("a[href='/Admin/Users']"));
        await using var db = app.NewDbContext();
        Assert.False(await db.AuditEvents.AnyAsync(e => e.UserName == "paakayttaja" && e.RecordType == "Caseload"));
    }

    [Fact]
    public async Task The_list_speaks_Swedish_once_chosen()
    {
        var name = TestClients.UniqueName();
        await app.AddAsync(new ClientSpec(name) { Status = null }, new ClientSpec(name) { Status = Domain.JobSeekers.JobSearchStatus.Employed });
        using var client = app.NewClient();
        await client.SignInAsync("ohjaaja1");
        using var choose = await client.PostFormAsync("/Language", new() { ["culture"] = "sv", ["returnUrl"] = "/" }, formPage: "/");

        var page = await client.PageAsync(Search(name));

        Assert.Equal("sv", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Klienter", page.QuerySelector(".page-heading h2")!.TextContent);
        Assert.Equal("Sök klient", page.QuerySelector("label[for=caseload-q]")!.TextContent);
        Assert.Equal("2 klienter", Count(page));
        Assert.Equal("Mina klienter", page.QuerySelector("table.caseload caption")!.TextContent);
        Assert.Contains("Namn", page.QuerySelector("table.caseload th")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["I arbete", "Ingen pågående arbetssökning"], page.QuerySelectorAll("table.caseload tbody td:nth-child(4)").Select(td => td.TextContent).Order(StringComparer.Ordinal));
    }
}
