using Npgsql;
using Tyollisyys.Web.Tests.Support;
using Xunit;

namespace Tyollisyys.Web.Tests.Database;

/// <summary>The app's database role may add and read audit rows, never change or remove them.</summary>
public sealed class AuditTableTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Theory]
    [InlineData("UPDATE audit_events SET reason = 'tampered'")]
    [InlineData("DELETE FROM audit_events")]
    [InlineData("TRUNCATE audit_events")]
    public async Task The_app_role_cannot_change_or_remove_audit_rows(string sql)
    {
        await InsertRowAsync();

        var refusal = await Assert.ThrowsAsync<PostgresException>(() => ExecuteAsync(sql));

        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, refusal.SqlState);
        Assert.True(await app.ScalarAsync<long>("SELECT count(*) FROM audit_events") > 0);
    }

    [Fact]
    public async Task The_trigger_refuses_changes_even_to_the_superuser()
    {
        await InsertRowAsync();
        var database = new NpgsqlConnectionStringBuilder(app.ConnectionString).Database!;

        var refusal = await Assert.ThrowsAsync<PostgresException>(
            () => TestDatabases.ExecuteAsSuperuserAsync("DELETE FROM audit_events", database));

        Assert.Contains("append-only", refusal.MessageText, StringComparison.Ordinal);
    }

    private Task InsertRowAsync() => ExecuteAsync(
        "INSERT INTO audit_events (occurred_at, action, outcome) VALUES (now(), 'View', 'Success')");

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(app.ConnectionString);
        await connection.OpenAsync();
#pragma warning disable CA2100 // test SQL
        await using var command = new NpgsqlCommand(sql, connection);
#pragma warning restore CA2100
        await command.ExecuteNonQueryAsync();
    }
}
