using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using Npgsql;

namespace Tyollisyys.Web.Data;

public sealed record MigrationScript(string Name, string Sql)
{
    public string Checksum { get; } = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(Sql)));
}

public sealed class MigrationFailedException(string scriptName, Exception inner)
    : Exception($"Migration {scriptName} failed and was rolled back: {inner.Message}", inner)
{
    public string ScriptName { get; } = scriptName;
}

/// <summary>
/// Applies the ordered SQL scripts in Data/Migrations: under a PostgreSQL advisory lock (so two
/// instances starting together migrate once), each new script in its own transaction, recorded in
/// schema_migrations with its checksum. A script that fails is rolled back and stops start-up.
/// </summary>
public sealed partial class MigrationRunner(ILogger<MigrationRunner> logger)
{
    private const long AdvisoryLockKey = 0x7479_6f6c_6c69; // "tyolli"

    public static IReadOnlyList<MigrationScript> EmbeddedScripts()
    {
        var assembly = typeof(MigrationRunner).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("Migrations.", StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n => new MigrationScript(n["Migrations.".Length..^".sql".Length], Read(assembly, n)))
            .ToList();
    }

    /// <returns>The names of the scripts applied now.</returns>
    public async Task<IReadOnlyList<string>> MigrateAsync(
        string connectionString, IReadOnlyList<MigrationScript> scripts, CancellationToken cancellationToken = default)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await ExecuteAsync(connection, null, $"SELECT pg_advisory_lock({AdvisoryLockKey})", cancellationToken);
        try
        {
            await ExecuteAsync(
                connection,
                null,
                """
                CREATE TABLE IF NOT EXISTS schema_migrations (
                    name text PRIMARY KEY,
                    checksum text NOT NULL,
                    applied_at timestamptz NOT NULL DEFAULT now())
                """,
                cancellationToken);
            var applied = await AppliedAsync(connection, cancellationToken);
            var appliedNow = new List<string>();
            foreach (var script in scripts.OrderBy(s => s.Name, StringComparer.Ordinal))
            {
                if (applied.TryGetValue(script.Name, out var checksum))
                {
                    if (checksum != script.Checksum)
                    {
                        LogChangedScript(script.Name);
                    }

                    continue;
                }

                await ApplyAsync(connection, script, cancellationToken);
                appliedNow.Add(script.Name);
                LogApplied(script.Name);
            }

            return appliedNow;
        }
        finally
        {
            await ExecuteAsync(connection, null, $"SELECT pg_advisory_unlock({AdvisoryLockKey})", CancellationToken.None);
        }
    }

    private static async Task ApplyAsync(NpgsqlConnection connection, MigrationScript script, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        try
        {
            await ExecuteAsync(connection, transaction, script.Sql, cancellationToken);
            await using var record = new NpgsqlCommand("INSERT INTO schema_migrations (name, checksum) VALUES ($1, $2)", connection, transaction);
            record.Parameters.AddWithValue(script.Name);
            record.Parameters.AddWithValue(script.Checksum);
            await record.ExecuteNonQueryAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (PostgresException ex)
        {
            await transaction.RollbackAsync(CancellationToken.None);
            throw new MigrationFailedException(script.Name, ex);
        }
    }

    private static async Task<Dictionary<string, string>> AppliedAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        var applied = new Dictionary<string, string>(StringComparer.Ordinal);
        await using var command = new NpgsqlCommand("SELECT name, checksum FROM schema_migrations", connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            applied[reader.GetString(0)] = reader.GetString(1);
        }

        return applied;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
#pragma warning disable CA2100 // The SQL is our own reviewed migration script, never user input.
        await using var command = new NpgsqlCommand(sql, connection, transaction);
#pragma warning restore CA2100
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static string Read(Assembly assembly, string resourceName)
    {
        using var stream = assembly.GetManifestResourceStream(resourceName)!;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Applied database migration {Script}")]
    private partial void LogApplied(string script);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Database migration {Script} has changed since it was applied; applied scripts must never be edited, add a new one")]
    private partial void LogChangedScript(string script);
}
