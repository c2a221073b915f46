using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Tyollisyys.Web.Data;
using Tyollisyys.Web.Tests.Support;
using Xunit;

namespace Tyollisyys.Web.Tests.Database;

/// <summary>
/// The SQL migrations and the EF Core model must describe the same schema: one database is built by
/// the migrations, another by EF Core's own CREATE script, and their catalogues are compared.
/// </summary>
public sealed class SchemaMatchesModelTests
{
    private const string Columns = """
        SELECT table_name || '.' || column_name || ' ' || data_type
               || coalesce('(' || character_maximum_length || ')', '')
               || coalesce(' p' || numeric_precision || ',' || numeric_scale, '')
               || CASE WHEN is_nullable = 'YES' THEN ' null' ELSE ' not null' END
               || coalesce(' collate ' || collation_name, '')
               || CASE WHEN is_identity = 'YES' THEN ' identity ' || identity_generation ELSE '' END
        FROM information_schema.columns
        WHERE table_schema = 'public' AND table_name <> 'schema_migrations'
        """;

    private const string Constraints = """
        SELECT conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef(oid)
        FROM pg_constraint
        WHERE connamespace = 'public'::regnamespace AND conrelid::regclass::text <> 'schema_migrations'
        """;

    private const string Indexes = """
        SELECT indexdef FROM pg_indexes
        WHERE schemaname = 'public' AND tablename <> 'schema_migrations'
        """;

    [Fact]
    public async Task Migrated_schema_is_what_the_EF_Core_model_expects()
    {
        var migrated = await TestDatabases.CreateEmptyAsync("migrated");
        await new MigrationRunner(NullLogger<MigrationRunner>.Instance).MigrateAsync(migrated, MigrationRunner.EmbeddedScripts());

        var fromModel = await TestDatabases.CreateEmptyAsync("model");
        await using (var db = new AppDbContext(new DbContextOptionsBuilder<AppDbContext>().UseNpgsql(fromModel).Options))
        {
            await db.Database.ExecuteSqlRawAsync(db.Database.GenerateCreateScript());
        }

        foreach (var query in new[] { Columns, Constraints, Indexes })
        {
            var expected = await RowsAsync(fromModel, query);
            var actual = await RowsAsync(migrated, query);
            Assert.True(expected.SetEquals(actual),
                "Schema drift. Only in the model: " + string.Join("; ", expected.Except(actual))
                + " | Only in the migrations: " + string.Join("; ", actual.Except(expected)));
        }
    }

    private static async Task<HashSet<string>> RowsAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
#pragma warning disable CA2100 // test SQL
        await using var command = new NpgsqlCommand(sql, connection);
#pragma warning restore CA2100
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new HashSet<string>(StringComparer.Ordinal);
        while (await reader.ReadAsync())
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    }
}
