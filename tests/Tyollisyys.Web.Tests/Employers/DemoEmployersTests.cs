using Microsoft.EntityFrameworkCore;
using Tyollisyys.Domain.Employers;
using Tyollisyys.Web.Data.Generation;
using Tyollisyys.Web.Tests.Support;
using Xunit;

namespace Tyollisyys.Web.Tests.Employers;

/// <summary>The demo employers the lead seeds: every type, both letter languages, valid unique IDs, and de minimis in every state.</summary>
public sealed class DemoEmployersTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static readonly DateOnly Today = new(2026, 5, 14);

    [Fact]
    public void The_demo_registry_has_every_type_both_languages_and_unique_business_ids()
    {
        var employers = DemoEmployers.Build(Today);

        Assert.InRange(employers.Count, 12, 16);
        Assert.Equal(Enum.GetValues<EmployerType>().ToHashSet(), employers.Select(e => e.Type).ToHashSet());
        Assert.Contains(employers, e => e.Language == LetterLanguage.Swedish);
        Assert.Contains(employers, e => !e.IsActive);
        var ids = employers.Where(e => e.BusinessId is not null).Select(e => e.BusinessId!.Value).ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.All(employers.Where(e => e.Type != EmployerType.PrivatePerson), e => Assert.True(BusinessId.TryParse(e.BusinessId!.Value, out _, out _)));
        Assert.True(employers.Count(e => e.Contacts.Count > 0) >= 10);
    }

    [Fact]
    public void One_demo_employer_is_close_to_the_de_minimis_ceiling_and_one_has_aid_that_no_longer_counts()
    {
        var employers = DemoEmployers.Build(Today);

        Assert.Contains(employers, e => e.DeMinimis.Headroom(Today) is > 0m and <= 20_000m);
        Assert.Contains(employers, e => e.DeMinimisDeclarations.Any(d => d.AidDate < DeMinimis.WindowStart(Today)));
        Assert.True(employers.Count(e => e.DeMinimisDeclarations.Count > 0) >= 3);
    }

    [Fact]
    public async Task The_demo_employers_save_into_the_registry_tables()
    {
        await using (var db = app.NewDbContext())
        {
            await db.Database.ExecuteSqlRawAsync("TRUNCATE employers CASCADE");
            db.Employers.AddRange(DemoEmployers.Build(TestClients.Today));
            await db.SaveChangesAsync();
        }

        await using var read = app.NewDbContext();
        Assert.Equal(DemoEmployers.Build(Today).Count, await read.Employers.CountAsync());
        Assert.True(await read.Employers.AnyAsync(e => e.BusinessId == BusinessId.Parse("0215684-2")));
    }
}
