using System.Globalization;
using Npgsql;
using Tyollisyys.Web.Infrastructure.LocalPostgres;

namespace Tyollisyys.Web.Tests.Support;

/// <summary>
/// One private PostgreSQL cluster for the whole test run (in a temp folder, removed at exit). A template
/// database is migrated and seeded with the demo organisation once; each test class gets its own
/// CREATE DATABASE … TEMPLATE copy, so classes are isolated and can run in parallel.
/// </summary>
public static class TestDatabases
{
    private const string TemplateName = "tyollisyys_template";
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static LocalPostgresCluster? _cluster;
    private static bool _templateReady;
    private static int _counter;

    public static LocalPostgresCluster Cluster
    {
        get
        {
            if (_cluster is not null)
            {
                return _cluster;
            }

            Gate.Wait();
            try
            {
                if (_cluster is null)
                {
                    var root = Path.Combine(Path.GetTempPath(), $"tyollisyys-tests-{Environment.ProcessId}");
                    _cluster = LocalPostgresCluster.Start(root, binDirectory: null, deleteOnDispose: true);
                    AppDomain.CurrentDomain.ProcessExit += (_, _) => _cluster.Dispose();
                }

                return _cluster;
            }
            finally
            {
                Gate.Release();
            }
        }
    }

    /// <summary>An empty database owned by the app role, with no migrations applied.</summary>
    public static async Task<string> CreateEmptyAsync(string prefix = "empty")
    {
        var name = NextName(prefix);
        await ExecuteAsSuperuserAsync($"CREATE DATABASE {name} OWNER {LocalPostgresCluster.AppRole}");
        return Cluster.ConnectionStringFor(name);
    }

    /// <summary>A copy of the migrated, demo-seeded template, for one test class.</summary>
    public static async Task<string> CreateFromTemplateAsync(Func<string, Task> buildTemplate)
    {
        var cluster = Cluster;
        await Gate.WaitAsync();
        try
        {
            if (!_templateReady)
            {
                await ExecuteAsSuperuserAsync($"DROP DATABASE IF EXISTS {TemplateName}");
                await ExecuteAsSuperuserAsync($"CREATE DATABASE {TemplateName} OWNER {LocalPostgresCluster.AppRole}");
                var templateConnection = cluster.ConnectionStringFor(TemplateName);
                await buildTemplate(templateConnection);
                NpgsqlConnection.ClearAllPools();
                _templateReady = true;
            }

            var name = NextName("test");
            // Serialised: PostgreSQL refuses to copy a template that another session is reading.
            await ExecuteAsSuperuserAsync($"CREATE DATABASE {name} TEMPLATE {TemplateName} OWNER {LocalPostgresCluster.AppRole}");
            return cluster.ConnectionStringFor(name);
        }
        finally
        {
            Gate.Release();
        }
    }

    public static async Task ExecuteAsSuperuserAsync(string sql, string database = "postgres")
    {
        await using var connection = new NpgsqlConnection(Cluster.SuperuserConnectionString(database));
        await connection.OpenAsync();
#pragma warning disable CA2100 // test set-up SQL built from our own constants
        await using var command = new NpgsqlCommand(sql, connection);
#pragma warning restore CA2100
        await command.ExecuteNonQueryAsync();
    }

    private static string NextName(string prefix) =>
        string.Create(CultureInfo.InvariantCulture, $"{prefix}_{Environment.ProcessId}_{Interlocked.Increment(ref _counter)}");
}
