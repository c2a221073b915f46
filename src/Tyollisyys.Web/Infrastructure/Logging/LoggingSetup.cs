using Serilog;
using Serilog.Events;
using Serilog.Formatting.Compact;

namespace Tyollisyys.Web.Infrastructure.Logging;

/// <summary>
/// Serilog from its core packages (Serilog.AspNetCore is not obtainable here): readable console text in
/// Development, compact JSON elsewhere. EF Core's SQL text and ASP.NET Core's own request lines are
/// kept at Warning: our request line replaces them, and it never carries a query string or form value.
/// </summary>
public static class LoggingSetup
{
    public static void AddTyollisyysLogging(this WebApplicationBuilder builder)
    {
        var configuration = new LoggerConfiguration()
            .MinimumLevel.Information()
            .MinimumLevel.Override("Microsoft.AspNetCore", LogEventLevel.Warning)
            .MinimumLevel.Override("Microsoft.EntityFrameworkCore", LogEventLevel.Warning)
            .MinimumLevel.Override("Microsoft.Extensions.Http", LogEventLevel.Warning)
            .ReadFrom.Configuration(builder.Configuration)
            .Enrich.FromLogContext();

        configuration = builder.Environment.IsDevelopment()
            ? configuration.WriteTo.Console(outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {Message:lj} {CorrelationId}{NewLine}{Exception}", formatProvider: System.Globalization.CultureInfo.InvariantCulture)
            : configuration.WriteTo.Console(new CompactJsonFormatter());

        var logger = configuration.CreateLogger();
        builder.Logging.ClearProviders();
        builder.Logging.AddSerilog(logger, dispose: true);
        // The same floor for every provider: the framework's request lines carry query strings, which
        // may hold an identity code, and EF Core's command lines carry SQL. Neither belongs in a log.
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Warning);
    }
}
