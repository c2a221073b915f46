using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Tyollisyys.Domain.Organisation;
using Tyollisyys.Web.Infrastructure.Auth;

namespace Tyollisyys.Web.Data;

/// <summary>
/// The demo organisation of the README: Kainuu with Kajaani, Sotkamo and Paltamo, two offices and five
/// users. Seeded only on the embedded database or when asked (Tyollisyys:SeedDemoData). Idempotent.
/// </summary>
public sealed class DemoData(AppDbContext db, UserManager<StaffUser> users, RoleManager<IdentityRole<Guid>> roles, TimeProvider clock)
{
    public const string Password = "Demo-salasana-2026";

    public static readonly IReadOnlyList<(string UserName, string DisplayName, string Role, string Office)> Users =
    [
        ("ohjaaja1", "Aino Ohjaaja", Roles.Counsellor, KajaaniOffice),
        ("ohjaaja2", "Eero Ohjaaja", Roles.Counsellor, KajaaniOffice),
        ("ohjaaja3", "Saara Ohjaaja", Roles.Counsellor, SotkamoOffice),
        ("esihenkilo", "Mikko Esihenkilö", Roles.Manager, KajaaniOffice),
        ("paakayttaja", "Liisa Pääkäyttäjä", Roles.Admin, KajaaniOffice),
    ];

    private const string KajaaniOffice = "Kajaanin työllisyyspalvelut";
    private const string SotkamoOffice = "Sotkamon työllisyyspalvelut";

    public async Task SeedAsync()
    {
        await EnsureRolesAsync(roles);
        var area = await db.EmploymentAreas.FirstOrDefaultAsync(a => a.Name == "Kainuun työllisyysalue");
        if (area is null)
        {
            area = new EmploymentArea("Kainuun työllisyysalue");
            db.EmploymentAreas.Add(area);
            await db.SaveChangesAsync();

            var kajaani = new Municipality(area.Id, "205", "Kajaani", "Kajana");
            var sotkamo = new Municipality(area.Id, "765", "Sotkamo", "Sotkamo");
            var paltamo = new Municipality(area.Id, "620", "Paltamo", "Paltamo");
            db.Municipalities.AddRange(kajaani, sotkamo, paltamo);
            await db.SaveChangesAsync();

            db.Offices.AddRange(
                new Office(kajaani.Id, KajaaniOffice, "Pohjolankatu 13, 87100 Kajaani"),
                new Office(sotkamo.Id, SotkamoOffice, "Kainuuntie 24, 88600 Sotkamo"));
            await db.SaveChangesAsync();
        }

        var offices = await db.Offices.ToDictionaryAsync(o => o.Name, o => o.Id);
        foreach (var (userName, displayName, role, office) in Users)
        {
            if (await users.FindByNameAsync(userName) is not null)
            {
                continue;
            }

            var user = new StaffUser
            {
                UserName = userName,
                DisplayName = displayName,
                Email = $"{userName}@kainuu.example",
                OfficeId = offices[office],
                CreatedAt = clock.GetUtcNow(),
            };
            Check(await users.CreateAsync(user, Password));
            Check(await users.AddToRoleAsync(user, role));
        }
    }

    public static async Task EnsureRolesAsync(RoleManager<IdentityRole<Guid>> roleManager)
    {
        foreach (var role in Roles.All)
        {
            if (!await roleManager.RoleExistsAsync(role))
            {
                Check(await roleManager.CreateAsync(new IdentityRole<Guid>(role)));
            }
        }
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("Seeding demo data failed: " + string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}
