using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Tyollisyys.Web.Data;
using Tyollisyys.Web.Tests.Support;
using Xunit;

namespace Tyollisyys.Web.Tests.Database;

public sealed class MigrationRunnerTests
{
    private readonly MigrationRunner _runner = new(NullLogger<MigrationRunner>.Instance);

    [Fact]
    public async Task A_fresh_database_gets_every_script_and_its_history()
    {
        var connectionString = await TestDatabases.CreateEmptyAsync();

        var applied = await _runner.MigrateAsync(connectionString, MigrationRunner.EmbeddedScripts());

        Assert.Equal(MigrationRunner.EmbeddedScripts().Select(s => s.Name), applied);
        Assert.Equal(applied.Count, await CountAsync(connectionString, "SELECT count(*) FROM schema_migrations"));
        Assert.Equal(3, await CountAsync(connectionString, "SELECT count(*) FROM identity_roles"));
    }

    [Fact]
    public async Task Running_again_applies_nothing()
    {
        var connectionString = await TestDatabases.CreateEmptyAsync();
        await _runner.MigrateAsync(connectionString, MigrationRunner.EmbeddedScripts());

        var second = await _runner.MigrateAsync(connectionString, MigrationRunner.EmbeddedScripts());

        Assert.Empty(second);
    }

    [Fact]
    public async Task A_failing_script_is_rolled_back_whole_and_stops_with_its_name()
    {
        var connectionString = await TestDatabases.CreateEmptyAsync();
        MigrationScript[] scripts =
        [
            new("0001_good", "CREATE TABLE first_table (id int PRIMARY KEY);"),
            new("0002_bad", "CREATE TABLE half_done (id int); INSERT INTO no_such_table VALUES (1);"),
            new("0003_never", "CREATE TABLE never_reached (id int);"),
        ];

        var failure = await Assert.ThrowsAsync<MigrationFailedException>(() => _runner.MigrateAsync(connectionString, scripts));

        Assert.Equal("0002_bad", failure.ScriptName);
        Assert.Equal(1, await CountAsync(connectionString, "SELECT count(*) FROM schema_migrations"));
        Assert.Equal(1, await CountAsync(connectionString, "SELECT count(*) FROM information_schema.tables WHERE table_name = 'first_table'"));
        Assert.Equal(0, await CountAsync(connectionString, "SELECT count(*) FROM information_schema.tables WHERE table_name IN ('half_done', 'never_reached')"));
    }

    [Fact]
    public async Task Two_instances_starting_together_migrate_once()
    {
        var connectionString = await TestDatabases.CreateEmptyAsync();
        var scripts = MigrationRunner.EmbeddedScripts();

        var results = await Task.WhenAll(
            _runner.MigrateAsync(connectionString, scripts),
            new MigrationRunner(NullLogger<MigrationRunner>.Instance).MigrateAsync(connectionString, scripts));

        Assert.Equal(scripts.Count, results.Sum(r => r.Count));
        Assert.Equal(scripts.Count, await CountAsync(connectionString, "SELECT count(*) FROM schema_migrations"));
    }

    private static async Task<long> CountAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
#pragma warning disable CA2100 // test SQL
        await using var command = new NpgsqlCommand(sql, connection);
#pragma warning restore CA2100
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
