using Npgsql;
using Tyollisyys.Web.Infrastructure.LocalPostgres;
using Xunit;

namespace Tyollisyys.Web.Tests.Database;

public sealed class LocalPostgresTests
{
    [Fact]
    public void Without_the_server_programs_start_up_says_in_one_paragraph_what_to_install()
    {
        var empty = Directory.CreateTempSubdirectory("no-postgres-").FullName;

        var failure = Assert.Throws<LocalPostgresException>(() => LocalPostgresCluster.Start(Path.Combine(empty, "cluster"), binDirectory: empty));

        Assert.Equal(PostgresBinaries.InstallAdvice, failure.Message);
        Assert.Contains("apt-get install -y postgresql", failure.Message, StringComparison.Ordinal);
        Assert.Contains("ConnectionStrings__Tyollisyys", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', failure.Message);
    }

    [Fact]
    public async Task A_stopped_cluster_starts_again_from_its_folder_with_its_data_and_credentials()
    {
        var root = Path.Combine(Path.GetTempPath(), $"tyollisyys-reuse-{Guid.NewGuid():N}");
        try
        {
            using (var first = LocalPostgresCluster.Start(root, binDirectory: null))
            {
                await ExecuteAsync(first.ConnectionStringFor("reuse"), "CREATE TABLE kept (value text); INSERT INTO kept VALUES ('still here')");
            }

            // Disposing stopped the server it started: nothing answers on that folder's socket now.
            using var second = LocalPostgresCluster.Start(root, binDirectory: null);
            await using var connection = new NpgsqlConnection(second.ConnectionStringFor("reuse"));
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("SELECT value FROM kept", connection);

            Assert.Equal("still here", await command.ExecuteScalarAsync());
        }
        finally
        {
            using var cleanup = LocalPostgresCluster.Start(root, binDirectory: null, deleteOnDispose: true);
        }
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
#pragma warning disable CA2100 // test SQL
        await using var command = new NpgsqlCommand(sql, connection);
#pragma warning restore CA2100
        await command.ExecuteNonQueryAsync();
    }
}
