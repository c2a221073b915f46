using Microsoft.EntityFrameworkCore;
using Tyollisyys.Web.Data;

namespace Tyollisyys.Web.Infrastructure.Commands;

/// <summary>
/// Command-line verbs of the app, for operators: `schema-script` (the schema the EF Core model
/// expects, to start a new migration from), `bootstrap` (the first admin of a new installation) and
/// `seed --job-seekers N` (a city-sized register for benchmarks).
/// </summary>
public static class AppCommands
{
    /// <returns>An exit code when the arguments named a command, otherwise null (serve the web app).</returns>
    public static async Task<int?> TryRunAsync(WebApplication app, string[] args)
    {
        if (args is not ["schema-script" or "bootstrap" or "seed", ..])
        {
            return null;
        }

        try
        {
            return await RunAsync(app, args);
        }
        finally
        {
            // A command ends without the host's stop event, so the cluster it started is stopped here.
            app.Services.GetRequiredService<DatabaseConnection>().EmbeddedCluster?.Dispose();
        }
    }

    private static async Task<int?> RunAsync(WebApplication app, string[] args)
    {
        switch (args)
        {
            case ["schema-script", ..]:
                using (var scope = app.Services.CreateScope())
                {
                    Console.WriteLine(scope.ServiceProvider.GetRequiredService<AppDbContext>().Database.GenerateCreateScript());
                }

                return 0;
            case ["bootstrap", .. var rest]:
                return await BootstrapCommand.RunAsync(app, rest);
            case ["seed", .. var rest]:
                return await SeedCommand.RunAsync(app, rest);
            default:
                return null;
        }
    }
}
