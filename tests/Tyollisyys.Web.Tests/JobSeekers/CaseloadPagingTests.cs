using System.Globalization;
using Tyollisyys.Domain.JobSeekers;
using Tyollisyys.Web.Tests.Support;
using Xunit;
using static Tyollisyys.Web.Tests.Support.CaseloadReader;

namespace Tyollisyys.Web.Tests.JobSeekers;

/// <summary>Sorting and keyset paging of the caseload list: every row once, in order, forwards and backwards.</summary>
public sealed class CaseloadPagingTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Paging_by_name_walks_every_row_once_forwards_and_backwards()
    {
        var name = TestClients.UniqueName();
        // Three clients share each full name, so the id must break the ties.
        var specs = Enumerable.Range(0, 60).Select(i => new ClientSpec(name, string.Create(CultureInfo.InvariantCulture, $"Etu{i % 20:00}"))).ToArray();
        var clients = await app.AddAsync(specs);
        var expected = clients.OrderBy(c => c.FirstNames, StringComparer.Ordinal).ThenBy(c => c.Id).Select(c => c.Id).ToList();
        using var client = app.NewClient();
        await client.SignInAsync("ohjaaja1");

        var (forwards, backwards, lastPage) = await WalkAsync(client, Search(name));

        Assert.Equal(expected, forwards);
        Assert.Equal(expected, backwards);
        Assert.Equal("60 asiakasta", Count(lastPage));
        Assert.Equal(Search(name), PagerLink(lastPage, "first"));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Paging_by_unemployment_start_keeps_the_clients_with_no_date_in_order_too(bool descending)
    {
        var name = TestClients.UniqueName();
        var days = new List<int?>();
        var specs = new List<ClientSpec>();
        for (var i = 0; i < 40; i++)
        {
            // Repeated dates, clients who have ended their job search and employed ones (both without a date).
            var spec = (i % 4) switch
            {
                0 => new ClientSpec(name) { Status = null },
                1 when i % 3 == 0 => new ClientSpec(name) { Status = JobSearchStatus.Employed, SpellDaysAgo = 50 },
                _ => new ClientSpec(name) { SpellDaysAgo = 10 + (i % 7) * 30 },
            };
            specs.Add(spec);
            days.Add(spec.Status is JobSearchStatus.Unemployed ? spec.SpellDaysAgo : null);
        }

        var clients = await app.AddAsync([.. specs]);
        // Ascending: the earliest start first (the most days ago), no date last; ties by id.
        var ascending = clients.Zip(days)
            .OrderBy(p => p.Second is null ? 1 : 0).ThenByDescending(p => p.Second ?? 0).ThenBy(p => p.First.Id)
            .Select(p => p.First.Id).ToList();
        var expected = descending ? ((IEnumerable<long>)ascending).Reverse().ToList() : ascending;
        using var client = app.NewClient();
        await client.SignInAsync("ohjaaja1");

        var (forwards, backwards, _) = await WalkAsync(client, Search(name, "&sort=UnemployedSince" + (descending ? "&desc=true" : "")));

        Assert.Equal(expected, forwards);
        Assert.Equal(expected, backwards);
    }

    [Fact]
    public async Task Each_sortable_column_sorts_both_ways_and_says_so_with_aria_sort()
    {
        var name = TestClients.UniqueName();
        var clients = await app.AddAsync(
            new ClientSpec(name, "Bertta") { Status = JobSearchStatus.Employed },
            new ClientSpec(name, "Aatu") { Status = null },
            new ClientSpec(name, "Cecilia") { SpellDaysAgo = 100 });
        using var client = app.NewClient();
        await client.SignInAsync("ohjaaja1");

        var byName = await client.PageAsync(Search(name));
        var byNameDown = await client.PageAsync(byName.QuerySelector("th[aria-sort] a")!.GetAttribute("href")!);
        var byNumber = await client.PageAsync(Search(name, "&sort=CustomerNumber"));
        var byNumberDown = await client.PageAsync(Search(name, "&sort=CustomerNumber&desc=true"));
        var byStatus = await client.PageAsync(Search(name, "&sort=Status"));
        var byStatusDown = await client.PageAsync(Search(name, "&sort=Status&desc=true"));

        Assert.Equal([$"{name} Aatu", $"{name} Bertta", $"{name} Cecilia"], Names(byName));
        Assert.Equal("ascending", byName.QuerySelector("th[aria-sort]")!.GetAttribute("aria-sort"));
        Assert.Equal([$"{name} Cecilia", $"{name} Bertta", $"{name} Aatu"], Names(byNameDown));
        Assert.Equal("descending", byNameDown.QuerySelector("th[aria-sort]")!.GetAttribute("aria-sort"));
        Assert.Equal([clients[0].Id, clients[1].Id, clients[2].Id], Ids(byNumber));
        Assert.Equal([clients[2].Id, clients[1].Id, clients[0].Id], Ids(byNumberDown));
        Assert.Single(byNumber.QuerySelectorAll("th[aria-sort]"));
        // Status order: unemployed, ..., employed, ..., and no current job search last.
        Assert.Equal([$"{name} Cecilia", $"{name} Bertta", $"{name} Aatu"], Names(byStatus));
        Assert.Equal([$"{name} Aatu", $"{name} Bertta", $"{name} Cecilia"], Names(byStatusDown));
        Assert.All(byStatus.QuerySelectorAll("thead th"), th => Assert.Equal("col", th.GetAttribute("scope")));
    }

    /// <summary>Follows "next" to the end, then "previous" back to the start; returns the ids read each way.</summary>
    private static async Task<(List<long> Forwards, List<long> Backwards, AngleSharp.Html.Dom.IHtmlDocument LastPage)> WalkAsync(StaffClient client, string firstUrl)
    {
        var forwards = new List<long>();
        var page = await client.PageAsync(firstUrl);
        Assert.Null(PagerLink(page, "prev"));
        var pages = 1;
        while (true)
        {
            Assert.True(Ids(page).Count <= 25);
            forwards.AddRange(Ids(page));
            if (PagerLink(page, "next") is not { } next)
            {
                break;
            }

            page = await client.PageAsync(next);
            pages++;
        }

        var lastPage = page;
        var backwards = new List<long>(Ids(page));
        while (PagerLink(page, "prev") is { } previous)
        {
            page = await client.PageAsync(previous);
            Assert.Equal(25, Ids(page).Count);
            backwards.InsertRange(0, Ids(page));
            pages--;
        }

        Assert.Equal(1, pages);
        return (forwards, backwards, lastPage);
    }
}
