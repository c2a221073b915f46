using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Tyollisyys.Web.Tests.Support;
using Xunit;

namespace Tyollisyys.Web.Tests.Platform;

public sealed class LogHygieneTests(LogHygieneTests.CapturingAppFactory app) : IClassFixture<LogHygieneTests.CapturingAppFactory>
{
    [Fact]
    public async Task Each_request_is_one_line_with_status_duration_and_correlation_id_and_no_secrets()
    {
        const string password = "Salainen-salasana-joka-ei-näy";
        const string identityCode = "010594Y9021";
        using var client = app.NewClient();

        await client.PostFormExpectingPageAsync("/Account/Login", new() { ["Input.UserName"] = "ohjaaja1", ["Input.Password"] = password });
        await client.SignInAsync("ohjaaja1");
        using var search = await client.GetAsync($"/?q={identityCode}&hetu={identityCode}");

        var lines = app.Logs.Lines.ToList();
        Assert.Contains(lines, l => l.Contains("HTTP GET / responded 200 in", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("HTTP POST /Account/Login responded 302 in", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains(password, StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains(identityCode, StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains(StaffClient.DemoPassword, StringComparison.Ordinal));
    }

    public sealed class CapturingAppFactory : AppFactory
    {
        public LogCapture Logs { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.AddSingleton<ILoggerProvider>(Logs));
        }
    }
}
