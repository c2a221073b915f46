using Microsoft.Extensions.Options;
using Npgsql;
using Tyollisyys.Web.Infrastructure.LocalPostgres;

namespace Tyollisyys.Web.Data;

/// <summary>Before the app serves anything: find or start the database, migrate it, seed demo data when asked.</summary>
public static partial class DatabaseStartup
{
    /// <returns>False when start-up must stop; the reason is logged as one clear line.</returns>
    public static async Task<bool> RunAsync(WebApplication app)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Tyollisyys.Database");
        try
        {
            await PrepareAsync(app, logger);
            return true;
        }
        catch (LocalPostgresException ex)
        {
            LogCannotStart(logger, ex.Message);
            await Console.Error.WriteLineAsync(Environment.NewLine + ex.Message + Environment.NewLine);
            return false;
        }
        catch (MigrationFailedException ex)
        {
            LogMigrationFailed(logger, ex.ScriptName, ex.InnerException?.Message ?? ex.Message);
            return false;
        }
        catch (NpgsqlException ex)
        {
            var target = new NpgsqlConnectionStringBuilder(app.Services.GetRequiredService<DatabaseConnection>().ConnectionString);
            LogUnreachable(logger, target.Host ?? "?", target.Port, target.Database ?? "?", ex.Message);
            return false;
        }
    }

    private static async Task PrepareAsync(WebApplication app, ILogger logger)
    {
        var configuration = app.Configuration;
        var connection = app.Services.GetRequiredService<DatabaseConnection>();
        var configured = configuration.GetConnectionString("Tyollisyys");
        if (string.IsNullOrWhiteSpace(configured))
        {
            var options = app.Services.GetRequiredService<IOptions<LocalPostgresOptions>>().Value;
            var root = options.DataDirectory ?? LocalPostgresOptions.DefaultDataRoot();
            var cluster = LocalPostgresCluster.Start(root, options.BinDirectory);
            app.Lifetime.ApplicationStopped.Register(cluster.Dispose);
            connection.EmbeddedCluster = cluster;
            connection.ConnectionString = cluster.ConnectionStringFor(options.Database);
            connection.IsEmbedded = true;
            LogEmbedded(logger, cluster.DataDirectory, cluster.Port);
        }
        else
        {
            connection.ConnectionString = configured;
        }

        var runner = app.Services.GetRequiredService<MigrationRunner>();
        await runner.MigrateAsync(connection.ConnectionString, MigrationRunner.EmbeddedScripts());

        if (connection.IsEmbedded || configuration.GetValue<bool>("Tyollisyys:SeedDemoData"))
        {
            await using var scope = app.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<DemoData>().SeedAsync();
        }
    }

    [LoggerMessage(Level = LogLevel.Critical, Message = "Start-up stopped: cannot use the database {Database} at {Host}:{Port} (check ConnectionStrings__Tyollisyys): {Reason}")]
    private static partial void LogUnreachable(ILogger logger, string host, int port, string database, string reason);

    [LoggerMessage(Level = LogLevel.Critical, Message = "Start-up stopped: {Reason}")]
    private static partial void LogCannotStart(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Critical, Message = "Start-up stopped: database migration {Script} failed and was rolled back, the database is as it was: {Reason}")]
    private static partial void LogMigrationFailed(ILogger logger, string script, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Using the embedded PostgreSQL cluster in {DataDirectory} on port {Port}")]
    private static partial void LogEmbedded(ILogger logger, string dataDirectory, int port);
}
