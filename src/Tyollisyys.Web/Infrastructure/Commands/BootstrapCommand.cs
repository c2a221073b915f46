using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Tyollisyys.Domain.Common;
using Tyollisyys.Domain.Organisation;
using Tyollisyys.Web.Data;
using Tyollisyys.Web.Infrastructure.Auth;

namespace Tyollisyys.Web.Infrastructure.Commands;

/// <summary>
/// Sets up a new, empty installation: its employment area, one municipality, one office and the first
/// admin, who gets a temporary password to change at first login. Refuses when staff already exist.
/// Example: bootstrap --area "Kainuun työllisyysalue" --municipality 205 Kajaani Kajana
///          --office "Kajaanin työllisyyspalvelut" --admin pekka.paakayttaja --name "Pekka Pääkäyttäjä"
/// </summary>
internal static class BootstrapCommand
{
    private const string Usage =
        "Usage: bootstrap --area NAME --municipality CODE NAME_FI NAME_SV --office NAME --admin USERNAME --name \"DISPLAY NAME\"";

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        var options = Parse(args);
        if (options is null)
        {
            await Console.Error.WriteLineAsync(Usage);
            return 2;
        }

        if (!await DatabaseStartup.RunAsync(app))
        {
            return 1;
        }

        return await BootstrapAsync(app.Services, options, Console.Out, Console.Error);
    }

    public static async Task<int> BootstrapAsync(IServiceProvider services, BootstrapOptions options, TextWriter output, TextWriter errors)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        if (await db.Users.AnyAsync())
        {
            await errors.WriteLineAsync("This installation already has staff users; use the admin pages instead.");
            return 1;
        }

        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            var area = new EmploymentArea(options.Area);
            db.EmploymentAreas.Add(area);
            await db.SaveChangesAsync();
            var municipality = new Municipality(area.Id, options.MunicipalityCode, options.MunicipalityFi, options.MunicipalitySv);
            db.Municipalities.Add(municipality);
            await db.SaveChangesAsync();
            var office = new Office(municipality.Id, options.Office, null);
            db.Offices.Add(office);
            await db.SaveChangesAsync();

            var password = TemporaryPassword.Generate();
            var admin = new StaffUser
            {
                UserName = options.Admin,
                DisplayName = options.DisplayName,
                OfficeId = office.Id,
                MustChangePassword = true,
                CreatedAt = TimeProvider.System.GetUtcNow(),
            };
            var created = await users.CreateAsync(admin, password);
            var role = created.Succeeded ? await users.AddToRoleAsync(admin, Roles.Admin) : created;
            if (!role.Succeeded)
            {
                await errors.WriteLineAsync(string.Join(Environment.NewLine, role.Errors.Select(e => e.Description)));
                return 1;
            }

            await transaction.CommitAsync();
            await output.WriteLineAsync($"Created admin '{options.Admin}' in office '{options.Office}'. Temporary password (change at first login): {password}");
            return 0;
        }
        catch (DomainException ex)
        {
            await errors.WriteLineAsync(ex.Message);
            return 1;
        }
    }

    private static BootstrapOptions? Parse(string[] args)
    {
        string? area = null, code = null, fi = null, sv = null, office = null, admin = null, name = null;
        for (var i = 0; i < args.Length; i++)
        {
            string? Next() => i + 1 < args.Length ? args[++i] : null;
            switch (args[i])
            {
                case "--area": area = Next(); break;
                case "--municipality": code = Next(); fi = Next(); sv = Next(); break;
                case "--office": office = Next(); break;
                case "--admin": admin = Next(); break;
                case "--name": name = Next(); break;
                default: return null;
            }
        }

        return area is null || code is null || fi is null || sv is null || office is null || admin is null || name is null
            ? null
            : new BootstrapOptions(area, code, fi, sv, office, admin, name);
    }

    internal sealed record BootstrapOptions(
        string Area, string MunicipalityCode, string MunicipalityFi, string MunicipalitySv, string Office, string Admin, string DisplayName);
}
