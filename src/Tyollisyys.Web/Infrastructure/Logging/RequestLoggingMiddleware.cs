using System.Diagnostics;
using Serilog.Context;

namespace Tyollisyys.Web.Infrastructure.Logging;

/// <summary>
/// Gives each request a correlation id (kept from X-Correlation-Id when a proxy sends a sane one), returns
/// it in the response, and writes one log line per request: method, path (never the query string, which
/// may hold an identity code), status and duration.
/// </summary>
public sealed partial class RequestLoggingMiddleware(RequestDelegate next, ILogger<RequestLoggingMiddleware> logger)
{
    public const string Header = "X-Correlation-Id";

    public async Task InvokeAsync(HttpContext context)
    {
        var incoming = context.Request.Headers[Header].ToString();
        context.TraceIdentifier = IsSafe(incoming) ? incoming : Guid.NewGuid().ToString("N")[..16];
        context.Response.OnStarting(() =>
        {
            context.Response.Headers[Header] = context.TraceIdentifier;
            return Task.CompletedTask;
        });

        var started = Stopwatch.GetTimestamp();
        using (LogContext.PushProperty("CorrelationId", context.TraceIdentifier))
        {
            try
            {
                await next(context);
            }
            finally
            {
                var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                LogRequest(context.Request.Method, context.Request.Path.Value ?? "/", context.Response.StatusCode, elapsed);
            }
        }
    }

    private static bool IsSafe(string value) =>
        value.Length is > 0 and <= 64 && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    [LoggerMessage(Level = LogLevel.Information, Message = "HTTP {Method} {Path} responded {StatusCode} in {ElapsedMs:0.0} ms")]
    private partial void LogRequest(string method, string path, int statusCode, double elapsedMs);
}
