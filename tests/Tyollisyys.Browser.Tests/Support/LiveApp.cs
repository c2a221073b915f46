using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Tyollisyys.Web.Tests.Support;

namespace Tyollisyys.Browser.Tests.Support;

/// <summary>
/// The real app on Kestrel on a free loopback port, on its own copy of the demo database, configured as
/// in the HTTP tests (the Testing environment, so cookies are Secure as in production). One per test class.
/// </summary>
/// <remarks>
/// It serves HTTPS with a throwaway self-signed certificate, not plain HTTP. Chromium would keep Secure
/// cookies on http://localhost, but the app itself refuses: outside Development antiforgery's cookie
/// policy is Always, and then every form page fails with "the current request is not an SSL request".
/// Switching the fixture to Development would test a configuration that production never runs.
/// </remarks>
public sealed class LiveApp : AppFactory
{
    public LiveApp() =>
        UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(SelfSignedCertificate())));

    /// <summary>The app's address, e.g. https://localhost:41234/.</summary>
    public Uri RootUri { get; private set; } = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        StartServer();
        var bound = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!
            .Addresses.Select(a => new Uri(a)).First();
        RootUri = new UriBuilder(bound) { Host = "localhost" }.Uri;
    }

    private static X509Certificate2 SelfSignedCertificate()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=localhost", key, HashAlgorithmName.SHA256);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName("localhost");
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        var now = DateTimeOffset.UtcNow;
        return request.CreateSelfSigned(now.AddDays(-1), now.AddDays(1));
    }
}
