using Tyollisyys.Domain.JobSeekers;
using Tyollisyys.Web.Tests.Support;
using Xunit;
using static Tyollisyys.Web.Tests.Support.CaseloadReader;

namespace Tyollisyys.Web.Tests.JobSeekers;

/// <summary>
/// The caseload filters, each on one set of clients that differ in one fact apiece. The class fixture
/// makes the set once; each case searches for its unique surname and filters.
/// </summary>
public sealed class CaseloadFilterTests(CaseloadFilterTests.Fixture fixture) : IClassFixture<CaseloadFilterTests.Fixture>
{
    [Theory]
    [InlineData("ohjaaja1", "", "Lomautettu,Maahan,Nuori,Osa,Pitkä,Päättynyt,Perus,Työssä,Vamma")]
    [InlineData("ohjaaja1", "&status=Unemployed", "Maahan,Nuori,Osa,Pitkä,Perus,Vamma")]
    [InlineData("ohjaaja1", "&status=LaidOff", "Lomautettu")]
    [InlineData("ohjaaja1", "&status=Employed", "Työssä")]
    [InlineData("ohjaaja1", "&status=None", "Päättynyt")]
    [InlineData("ohjaaja1", "&longTerm=true", "Pitkä")]
    [InlineData("ohjaaja1", "&under25=true", "Nuori")]
    [InlineData("ohjaaja1", "&partialWorkAbility=true", "Osa")]
    [InlineData("ohjaaja1", "&immigrant=true", "Maahan")]
    [InlineData("ohjaaja1", "&status=Unemployed&under25=true", "Nuori")]
    [InlineData("esihenkilo", "&disability=true", "Vamma")]
    // Health data is not a counsellor's list filter: the parameter is ignored.
    [InlineData("ohjaaja1", "&disability=true", "Lomautettu,Maahan,Nuori,Osa,Pitkä,Päättynyt,Perus,Työssä,Vamma")]
    public async Task Each_filter_keeps_only_the_matching_clients(string user, string filters, string expected)
    {
        using var client = fixture.NewClient();
        await client.SignInAsync(user);

        var page = await client.PageAsync(Search(fixture.Name, filters));

        var firstNames = Names(page).Select(n => n[(fixture.Name.Length + 1)..]).Order(StringComparer.Ordinal);
        Assert.Equal(expected.Split(',').Order(StringComparer.Ordinal), firstNames);
    }

    [Fact]
    public async Task Only_a_manager_is_offered_the_disability_filter_and_badges_mark_long_term_and_young_clients()
    {
        using var counsellor = fixture.NewClient();
        await counsellor.SignInAsync("ohjaaja1");
        using var manager = fixture.NewClient();
        await manager.SignInAsync("esihenkilo");

        var counsellorPage = await counsellor.PageAsync(Search(fixture.Name));
        var managerPage = await manager.PageAsync(Search(fixture.Name));

        Assert.Null(counsellorPage.QuerySelector("input[name=disability]"));
        Assert.NotNull(managerPage.QuerySelector("input[name=disability]"));
        Assert.NotNull(counsellorPage.QuerySelector("input[name=longTerm]"));
        var badges = counsellorPage.QuerySelectorAll("table.caseload tbody tr")
            .ToDictionary(tr => tr.QuerySelector("td a")!.TextContent[(fixture.Name.Length + 1)..], tr => string.Join(",", tr.QuerySelectorAll(".badge").Select(b => b.TextContent)));
        Assert.Equal("Pitkäaikaistyötön", badges["Pitkä"]);
        Assert.Equal("Alle 25-vuotias", badges["Nuori"]);
        Assert.Equal("", badges["Perus"]);
    }

    public sealed class Fixture : AppFactory
    {
        public string Name { get; } = TestClients.UniqueName();

        public override async Task InitializeAsync()
        {
            await base.InitializeAsync();
            var today = TestClients.Today;
            await this.AddAsync(
                new ClientSpec(Name, "Perus"),
                new ClientSpec(Name, "Pitkä") { SpellDaysAgo = 400 },
                new ClientSpec(Name, "Nuori") { BirthDate = today.AddYears(-20) },
                new ClientSpec(Name, "Osa") { PartialWorkAbility = true },
                new ClientSpec(Name, "Maahan") { Immigrant = true },
                new ClientSpec(Name, "Vamma") { Disability = true },
                new ClientSpec(Name, "Lomautettu") { Status = JobSearchStatus.LaidOff },
                new ClientSpec(Name, "Työssä") { Status = JobSearchStatus.Employed },
                new ClientSpec(Name, "Päättynyt") { Status = null });
        }
    }
}
