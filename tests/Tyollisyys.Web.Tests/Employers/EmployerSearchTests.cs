using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Tyollisyys.Domain.Employers;
using Tyollisyys.Web.Tests.Support;
using Xunit;

namespace Tyollisyys.Web.Tests.Employers;

public sealed class EmployerSearchTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task A_name_prefix_finds_the_employers_whose_name_starts_with_it_whatever_the_case()
    {
        var prefix = TestClients.UniqueName("Haku");
        await app.AddAsync($"{prefix} Rakennus Oy");
        await app.AddAsync($"{prefix} Ravintola Oy");
        await app.AddAsync($"Toinen {prefix} Oy");
        using var client = await app.NewClient().SignInAsync("ohjaaja1");

        var page = await client.PageAsync("/Employers?q=" + prefix.ToUpperInvariant());

        Assert.Equal([$"{prefix} Rakennus Oy", $"{prefix} Ravintola Oy"], Names(page));
        Assert.Equal("2 työnantajaa", page.QuerySelector(".result-count")!.TextContent.Trim());
    }

    [Fact]
    public async Task A_business_id_finds_exactly_that_employer()
    {
        var businessId = TestEmployers.NewBusinessId();
        var name = TestClients.UniqueName("Tunnus") + " Oy";
        await app.AddAsync(name, businessId: businessId);
        await app.AddAsync(TestClients.UniqueName("Muu") + " Oy");
        using var client = await app.NewClient().SignInAsync("ohjaaja1");

        var page = await client.PageAsync("/Employers?q=" + businessId);

        Assert.Equal([name], Names(page));
        Assert.Equal(businessId, page.QuerySelector("td.business-id")!.TextContent.Trim());
    }

    [Fact]
    public async Task A_legacy_six_digit_business_id_finds_the_employer_stored_with_the_leading_zero()
    {
        var businessId = TestEmployers.NewBusinessId(legacy: true);
        var name = TestClients.UniqueName("Vanha") + " Oy";
        await app.AddAsync(name, businessId: businessId);
        using var client = await app.NewClient().SignInAsync("esihenkilo");

        var page = await client.PageAsync("/Employers?q=" + businessId[1..]);

        Assert.Equal([name], Names(page));
    }

    [Fact]
    public async Task A_business_id_with_a_wrong_check_digit_finds_nothing_and_says_why()
    {
        using var client = await app.NewClient().SignInAsync("ohjaaja1");

        var page = await client.PageAsync("/Employers?q=" + TestEmployers.WithWrongCheckDigit(TestEmployers.NewBusinessId()));

        Assert.Empty(Names(page));
        Assert.Equal("Y-tunnuksen tarkistusnumero ei täsmää; tarkista numerot.", page.QuerySelector(".search-problem")!.TextContent.Trim());
        Assert.Contains("Ei hakutuloksia", page.QuerySelector(".empty-state-panel")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_type_and_status_filters_narrow_the_list()
    {
        var prefix = TestClients.UniqueName("Suodin");
        await app.AddAsync($"{prefix} Oy");
        await app.AddAsync($"{prefix} ry", EmployerType.Association);
        await app.AddAsync($"{prefix} Lopettanut ry", EmployerType.Association, active: false);
        using var client = await app.NewClient().SignInAsync("ohjaaja1");

        var associations = await client.PageAsync($"/Employers?q={prefix}&type=Association");
        var activeAssociations = await client.PageAsync($"/Employers?q={prefix}&type=Association&status=active");
        var inactive = await client.PageAsync($"/Employers?q={prefix}&status=inactive");

        Assert.Equal([$"{prefix} Lopettanut ry", $"{prefix} ry"], Names(associations));
        Assert.Equal([$"{prefix} ry"], Names(activeAssociations));
        Assert.Equal([$"{prefix} Lopettanut ry"], Names(inactive));
        Assert.Equal("Ei aktiivinen", inactive.QuerySelector("tbody .badge.inactive")!.TextContent.Trim());
    }

    [Fact]
    public async Task The_list_sorts_by_business_id_both_ways_and_by_name_by_default()
    {
        var prefix = TestClients.UniqueName("Jarjestys");
        var ids = Enumerable.Range(0, 3).Select(_ => TestEmployers.NewBusinessId()).ToList();
        await app.AddAsync($"{prefix} A Oy", businessId: ids[0]);
        await app.AddAsync($"{prefix} B Oy", businessId: ids[1]);
        await app.AddAsync($"{prefix} C Oy", businessId: ids[2]);
        var byId = ids.Order(StringComparer.Ordinal).ToList();
        using var client = await app.NewClient().SignInAsync("ohjaaja1");

        var byName = await client.PageAsync($"/Employers?q={prefix}");
        var ascending = await client.PageAsync($"/Employers?q={prefix}&sort=BusinessId");
        var descending = await client.PageAsync($"/Employers?q={prefix}&sort=BusinessId&desc=true");

        Assert.Equal([$"{prefix} A Oy", $"{prefix} B Oy", $"{prefix} C Oy"], Names(byName));
        Assert.Equal(byId, BusinessIds(ascending));
        Assert.Equal(byId.AsEnumerable().Reverse(), BusinessIds(descending));
        Assert.Equal("descending", descending.QuerySelectorAll("th[aria-sort]").Single().GetAttribute("aria-sort"));
    }

    [Fact]
    public async Task The_list_pages_by_fifty_without_losing_or_repeating_anyone()
    {
        var prefix = TestClients.UniqueName("Sivutus");
        await using (var db = app.NewDbContext())
        {
            for (var i = 0; i < 53; i++)
            {
                db.Employers.Add(Employer.Register(new EmployerDetails(
                    $"{prefix} {i:00} Oy", BusinessId.Parse(TestEmployers.NewBusinessId()), EmployerType.Company, null, null, null, null, LetterLanguage.Finnish)));
            }

            await db.SaveChangesAsync();
        }

        using var client = await app.NewClient().SignInAsync("ohjaaja1");

        var first = await client.PageAsync($"/Employers?q={prefix}");
        var next = first.QuerySelector("a[rel=next]")!.GetAttribute("href")!;
        var second = await client.PageAsync(next);

        Assert.Equal("53 työnantajaa", first.QuerySelector(".result-count")!.TextContent.Trim());
        Assert.Equal(50, Names(first).Count);
        Assert.Equal(3, Names(second).Count);
        Assert.Equal(Enumerable.Range(0, 53).Select(i => $"{prefix} {i:00} Oy"), Names(first).Concat(Names(second)));
        Assert.Contains("Sivu 2 / 2", second.QuerySelector(".pager")!.TextContent, StringComparison.Ordinal);
        Assert.Null(second.QuerySelector("a[rel=next]"));
    }

    [Fact]
    public async Task A_search_without_hits_says_so_and_offers_to_clear_it()
    {
        using var client = await app.NewClient().SignInAsync("ohjaaja1");

        var page = await client.PageAsync("/Employers?q=" + TestClients.UniqueName("Eiole"));

        Assert.Null(page.QuerySelector("table.employers"));
        var empty = page.QuerySelector(".empty-state-panel")!;
        Assert.Contains("Ei hakutuloksia", empty.TextContent, StringComparison.Ordinal);
        Assert.Equal("/Employers", empty.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("/Employers/New", page.QuerySelector(".page-heading a")!.GetAttribute("href"));
    }

    private static List<string> Names(IHtmlDocument page) =>
        [.. page.QuerySelectorAll("table.employers tbody tr td:first-child a").Select(a => a.TextContent.Trim())];

    private static List<string> BusinessIds(IHtmlDocument page) =>
        [.. page.QuerySelectorAll("table.employers tbody td.business-id").Select(a => a.TextContent.Trim())];
}

/// <summary>On a registry with no employers at all, the list says the registry is empty, not "no results".</summary>
public sealed class EmptyEmployerRegistryTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task An_empty_registry_says_it_is_empty_and_offers_to_add_the_first_employer()
    {
        // This class's own copy of the database: empty it of any demo employers (and whatever refers to them).
        await using (var db = app.NewDbContext())
        {
            await db.Database.ExecuteSqlRawAsync("TRUNCATE employers CASCADE");
        }

        using var client = await app.NewClient().SignInAsync("ohjaaja1");

        var page = await client.PageAsync("/Employers");

        var empty = page.QuerySelector(".empty-state-panel")!;
        Assert.Contains("Rekisterissä ei ole vielä yhtään työnantajaa.", empty.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Ei hakutuloksia", empty.TextContent, StringComparison.Ordinal);
        Assert.Equal("/Employers/New", empty.QuerySelector("a")!.GetAttribute("href"));
    }
}
