using Npgsql;
using Tyollisyys.Web.Data;

namespace Tyollisyys.Web.Infrastructure.Health;

/// <summary>/health: 200 with the database status when PostgreSQL answers, 503 when it does not.</summary>
public static class HealthEndpoint
{
    public static void MapHealth(this WebApplication app) =>
        app.MapGet("/health", async (DatabaseConnection database, CancellationToken cancellationToken) =>
        {
            try
            {
                await using var connection = new NpgsqlConnection(database.ConnectionString);
                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                timeout.CancelAfter(TimeSpan.FromSeconds(3));
                await connection.OpenAsync(timeout.Token);
                await using var command = new NpgsqlCommand("SELECT 1", connection);
                await command.ExecuteScalarAsync(timeout.Token);
                return Results.Json(new { status = "healthy", database = "up" });
            }
            catch (Exception ex) when (ex is NpgsqlException or OperationCanceledException or InvalidOperationException or ArgumentException)
            {
                return Results.Json(new { status = "unhealthy", database = "down" }, statusCode: StatusCodes.Status503ServiceUnavailable);
            }
        }).AllowAnonymous();
}
