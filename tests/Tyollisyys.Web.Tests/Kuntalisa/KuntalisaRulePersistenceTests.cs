using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Tyollisyys.Domain.Kuntalisa;
using Tyollisyys.Web.Data;
using Tyollisyys.Web.Tests.Support;
using Xunit;

namespace Tyollisyys.Web.Tests.Kuntalisa;

public sealed class KuntalisaRulePersistenceTests(AppFactory app) : IClassFixture<AppFactory>
{
    public static TheoryData<string> Seeds => ["Kajaani2025", "KajaaniOlder", "Sotkamo", "Tampere", "Helsinki2026", "Paltamo"];

    [Theory]
    [MemberData(nameof(Seeds))]
    public async Task Every_seed_rule_is_saved_and_loaded_with_all_its_numbers(string seed)
    {
        var municipalityId = await app.NewMunicipalityAsync(seed);
        var rule = Factory(seed)(municipalityId);
        await using (var db = app.NewDbContext())
        {
            db.KuntalisaRuleVersions.Add(rule);
            await db.SaveChangesAsync();
        }

        await using var read = app.NewDbContext();
        var loaded = await read.KuntalisaRuleVersions.SingleAsync(v => v.Id == rule.Id);

        KuntalisaSteps.AssertSameRule(Factory(seed)(municipalityId), loaded);
    }

    [Fact]
    public async Task A_rule_with_three_age_bands_and_several_category_maxima_keeps_them_all()
    {
        var municipalityId = await app.NewMunicipalityAsync();
        KuntalisaRuleVersion Rule() => new(
            municipalityId,
            new DateOnly(2027, 1, 1),
            new DateOnly(2027, 12, 31),
            "Kunnanhallitus 1.12.2026 § 5",
            new KuntalisaEligibility(120, UnemploymentDayBasis.LabourMarketSubsidyDays, [new AgeBand(18, 24), new AgeBand(25, 29), new AgeBand(55, 64)], KuntalisaTargetGroups.Young | KuntalisaTargetGroups.DisabledOrLongTermIll, targetGroupsAlternativeToDays: true, residenceRequired: false, StatePaySubsidyRule.Required),
            KuntalisaAmount.PercentageOfPay(40.5m, 60m, 2, 10, [new CategoryMaximum(KuntalisaEmployerCategory.ThirdSector, 100m), new CategoryMaximum(KuntalisaEmployerCategory.PublicBody, 45.25m)], PercentageBase.GrossPayAndEmployerCosts, 1200m, 9000m, 500m, 12),
            new KuntalisaConditions(KuntalisaEmployerCategories.Company | KuntalisaEmployerCategories.ThirdSector | KuntalisaEmployerCategories.PublicBody | KuntalisaEmployerCategories.Other, 20.5m, ApplicationTiming.WithinMonthsOfStart, 3, notForWageCosts: true));
        var rule = Rule();
        await using (var db = app.NewDbContext())
        {
            db.KuntalisaRuleVersions.Add(rule);
            await db.SaveChangesAsync();
        }

        await using var read = app.NewDbContext();
        var loaded = await read.KuntalisaRuleVersions.SingleAsync(v => v.Id == rule.Id);

        Assert.Equal(3, loaded.Eligibility.AgeBands.Count);
        Assert.Equal(2, loaded.Amount.CategoryMaxima.Count);
        KuntalisaSteps.AssertSameRule(Rule(), loaded);
    }

    [Fact]
    public async Task Ending_a_saved_version_is_stored_and_changes_nothing_else()
    {
        var municipalityId = await app.NewMunicipalityAsync();
        var rule = KuntalisaRules.Kajaani2025(municipalityId);
        await using (var db = app.NewDbContext())
        {
            db.KuntalisaRuleVersions.Add(rule);
            await db.SaveChangesAsync();
            rule.EndOn(new DateOnly(2026, 6, 30));
            await db.SaveChangesAsync();
        }

        await using var read = app.NewDbContext();
        var loaded = await read.KuntalisaRuleVersions.SingleAsync(v => v.Id == rule.Id);
        var expected = KuntalisaRules.Kajaani2025(municipalityId);
        expected.EndOn(new DateOnly(2026, 6, 30));
        KuntalisaSteps.AssertSameRule(expected, loaded);
    }

    [Fact]
    public async Task The_migration_seeds_the_demo_municipalities_rules_exactly_as_the_domain_factories_make_them()
    {
        // An existing database upgraded to 0009: the demo municipalities are there before the script runs.
        var connectionString = await TestDatabases.CreateEmptyAsync("seeded");
        var scripts = MigrationRunner.EmbeddedScripts();
        var runner = new MigrationRunner(NullLogger<MigrationRunner>.Instance);
        await runner.MigrateAsync(connectionString, scripts.Where(s => string.CompareOrdinal(s.Name, "0009") < 0).ToList());
        await ExecuteAsync(connectionString, """
            INSERT INTO employment_areas (name) VALUES ('Kainuun työllisyysalue');
            INSERT INTO municipalities (employment_area_id, code, name_fi, name_sv, is_active)
            SELECT id, c.code, c.name, c.name, true FROM employment_areas, (VALUES ('205', 'Kajaani'), ('765', 'Sotkamo'), ('620', 'Paltamo')) AS c (code, name);
            """);
        await runner.MigrateAsync(connectionString, scripts);

        await using var db = new AppDbContext(new DbContextOptionsBuilder<AppDbContext>().UseNpgsql(connectionString).Options);
        var codes = await db.Municipalities.ToDictionaryAsync(m => m.Code, m => m.Id);
        var seeded = await db.KuntalisaRuleVersions.OrderBy(v => v.MunicipalityId).ThenBy(v => v.EffectiveFrom).ToListAsync();
        var expected = KuntalisaDemoRules.ByMunicipalityCode
            .SelectMany(pair => pair.Value.Select(factory => factory(codes[pair.Key])))
            .OrderBy(v => v.MunicipalityId).ThenBy(v => v.EffectiveFrom)
            .ToList();

        Assert.Equal(4, seeded.Count);
        Assert.Equal(expected.Count, seeded.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            KuntalisaSteps.AssertSameRule(expected[i], seeded[i]);
        }
    }

    [Fact]
    public async Task The_demo_data_entry_point_seeds_each_demo_municipality_once()
    {
        await using var db = app.NewDbContext();
        var before = await db.KuntalisaRuleVersions.CountAsync();
        var added = await KuntalisaDemoRules.SeedAsync(db);
        var again = await KuntalisaDemoRules.SeedAsync(db);

        var kajaani = await db.Municipalities.SingleAsync(m => m.Code == "205");
        var kajaaniVersions = await db.KuntalisaRuleVersions.Where(v => v.MunicipalityId == kajaani.Id).OrderBy(v => v.EffectiveFrom).ToListAsync();
        Assert.Equal(0, again);
        Assert.Equal(before + added, await db.KuntalisaRuleVersions.CountAsync());
        Assert.Equal(2, kajaaniVersions.Count);
        KuntalisaSteps.AssertSameRule(KuntalisaRules.KajaaniOlder(kajaani.Id), kajaaniVersions[0]);
        KuntalisaSteps.AssertSameRule(KuntalisaRules.Kajaani2025(kajaani.Id), kajaaniVersions[1]);
    }

    [Fact]
    public async Task A_second_appropriation_for_the_same_municipality_and_year_is_refused_by_the_database()
    {
        var municipalityId = await app.NewMunicipalityAsync();
        await using var db = app.NewDbContext();
        db.Appropriations.Add(new Appropriation(municipalityId, 2026, 1000m));
        await db.SaveChangesAsync();
        db.Appropriations.Add(new Appropriation(municipalityId, 2026, 2000m));

        var ex = await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        Assert.True(RowVersion.IsUniqueViolation(ex));
    }

    private static Func<int, KuntalisaRuleVersion> Factory(string seed) => seed switch
    {
        "Kajaani2025" => KuntalisaRules.Kajaani2025,
        "KajaaniOlder" => KuntalisaRules.KajaaniOlder,
        "Sotkamo" => KuntalisaRules.Sotkamo,
        "Tampere" => KuntalisaRules.Tampere,
        "Helsinki2026" => KuntalisaRules.Helsinki2026,
        "Paltamo" => KuntalisaRules.Paltamo,
        _ => throw new ArgumentOutOfRangeException(nameof(seed)),
    };

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
#pragma warning disable CA2100 // test set-up SQL
        await using var command = new NpgsqlCommand(sql, connection);
#pragma warning restore CA2100
        await command.ExecuteNonQueryAsync();
    }
}
