using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tyollisyys.Web.Data;
using Tyollisyys.Web.Infrastructure.Commands;
using Tyollisyys.Web.Tests.Support;
using Xunit;

namespace Tyollisyys.Web.Tests.Platform;

public sealed class BootstrapCommandTests
{
    [Fact]
    public async Task A_new_installation_gets_its_organisation_and_a_first_admin_who_must_change_the_password()
    {
        var connectionString = await TestDatabases.CreateEmptyAsync("bootstrap");
        await using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseEnvironment("Testing");
            b.UseSetting("ConnectionStrings:Tyollisyys", connectionString);
        });
        using var http = factory.CreateClient(); // start-up migrates the empty database
        var options = new BootstrapCommand.BootstrapOptions(
            "Kainuun työllisyysalue", "205", "Kajaani", "Kajana", "Kajaanin työllisyyspalvelut", "ensimmainen.admin", "Ensimmäinen Admin");
        using var output = new StringWriter();
        using var errors = new StringWriter();

        var exitCode = await BootstrapCommand.BootstrapAsync(factory.Services, options, output, errors);
        var again = await BootstrapCommand.BootstrapAsync(factory.Services, options, output, errors);

        Assert.Equal(0, exitCode);
        Assert.Equal(1, again);
        Assert.Contains("already has staff users", errors.ToString(), StringComparison.Ordinal);
        var password = output.ToString().Trim().Split(' ')[^1];
        Assert.Equal(19, password.Length);
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var admin = await db.Users.SingleAsync();
        Assert.True(admin.MustChangePassword);
        Assert.Equal("Admin", await db.Roles.Where(r => db.UserRoles.Any(ur => ur.UserId == admin.Id && ur.RoleId == r.Id)).Select(r => r.Name).SingleAsync());
        Assert.Equal("Kajaanin työllisyyspalvelut", (await db.Offices.SingleAsync()).Name);

        var client = new StaffClient(factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false }));
        await client.SignInAsync("ensimmainen.admin", password);
        using var home = await client.GetAsync("/");
        Assert.Equal("/Account/ChangePassword", home.Headers.Location!.OriginalString);
    }
}
