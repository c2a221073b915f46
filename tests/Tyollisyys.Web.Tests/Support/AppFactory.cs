using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Tyollisyys.Web.Data;
using Xunit;

namespace Tyollisyys.Web.Tests.Support;

/// <summary>
/// The real app, in the Testing environment (so cookies are Secure and HSTS is on, as in production),
/// on its own copy of the demo database. One per test class: use it as IClassFixture.
/// </summary>
public class AppFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public string ConnectionString { get; private set; } = string.Empty;

    public virtual async Task InitializeAsync()
    {
        ConnectionString = await TestDatabases.CreateFromTemplateAsync(BuildTemplateAsync);
    }

    /// <summary>A client that keeps cookies and does not follow redirects, so tests see each 302.</summary>
    public StaffClient NewClient() => new(CreateClient(new WebApplicationFactoryClientOptions
    {
        AllowAutoRedirect = false,
        HandleCookies = true,
        BaseAddress = new Uri("https://localhost"),
    }));

    /// <summary>A DbContext on this class's database, for arranging data and asserting on it.</summary>
    public AppDbContext NewDbContext() =>
        new(new DbContextOptionsBuilder<AppDbContext>().UseNpgsql(ConnectionString).Options);

    public async Task<T> ScalarAsync<T>(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
#pragma warning disable CA2100 // test assertions on our own SQL
        await using var command = new NpgsqlCommand(sql, connection);
#pragma warning restore CA2100
        return (T)(await command.ExecuteScalarAsync())!;
    }

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Tyollisyys", ConnectionString);
        builder.UseSetting("Tyollisyys:SeedDemoData", "false");
        // Tests run the KPI refresher themselves (KpiCountRefresher.RefreshAsync); running counts are computed on each view.
        builder.UseSetting("Kpi:RefreshInBackground", "false");
        builder.UseSetting("Kpi:RefreshMinutes", "0");
        // Tests run the due-item refresher themselves (DueItemRefresher.RefreshStaleAsync), when they mean to.
        builder.UseSetting("DueItems:RefreshInBackground", "false");
    }

    private static async Task BuildTemplateAsync(string connectionString)
    {
        await using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseEnvironment("Testing");
            b.UseSetting("ConnectionStrings:Tyollisyys", connectionString);
            b.UseSetting("Tyollisyys:SeedDemoData", "true");
            b.UseSetting("DueItems:RefreshInBackground", "false");
            b.UseSetting("Kpi:RefreshInBackground", "false");
        });
        // Creating the server runs start-up: migrations and the demo data.
        using var client = factory.CreateClient();
        using var scope = factory.Services.CreateScope();
        _ = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Offices.CountAsync();
    }
}
