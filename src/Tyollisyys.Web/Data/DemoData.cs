using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Tyollisyys.Domain.JobSeekers;
using Tyollisyys.Domain.Kuntalisa;
using Tyollisyys.Domain.Organisation;
using Tyollisyys.Web.Infrastructure.Auth;

namespace Tyollisyys.Web.Data;

/// <summary>
/// The demo organisation of the README: Kainuu with Kajaani, Sotkamo and Paltamo, two offices and five
/// users, their clients and case histories, the kuntalisä rules, employers, appropriations, decisions and work trials.
/// Seeded only on the embedded database or when asked (Tyollisyys:SeedDemoData). Idempotent.
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

    /// <summary>This year's and last year's kuntalisä appropriations of the demo municipalities, by municipality code.</summary>
    public static readonly IReadOnlyDictionary<string, (decimal ThisYear, decimal LastYear)> AppropriationAmounts =
        new Dictionary<string, (decimal, decimal)>(StringComparer.Ordinal)
        {
            ["205"] = (250_000m, 220_000m),
            ["765"] = (60_000m, 50_000m),
            ["620"] = (30_000m, 25_000m),
        };

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

        await SeedClientsAsync();
        await SeedCaseHistoriesAsync();
        await KuntalisaDemoRules.SeedAsync(db);
        await SeedEmployersAsync();
        await SeedAppropriationsAsync();
        await KpiDemoTargets.SeedAsync(db, Infrastructure.Localization.Formats.FinnishDate(clock.GetUtcNow()).Year);
        await SeedDecisionsAsync();
        await SeedWorkTrialsAsync();
    }

    /// <summary>The demo employer registry, when the registry is empty.</summary>
    private async Task SeedEmployersAsync()
    {
        if (await db.Employers.AnyAsync())
        {
            return;
        }

        db.Employers.AddRange(Generation.DemoEmployers.Build(Infrastructure.Localization.Formats.FinnishDate(clock.GetUtcNow())));
        await db.SaveChangesAsync();
    }

    /// <summary>This year's and last year's appropriations of the demo municipalities, where missing.</summary>
    private async Task SeedAppropriationsAsync()
    {
        var year = Infrastructure.Localization.Formats.FinnishDate(clock.GetUtcNow()).Year;
        var codes = AppropriationAmounts.Keys.ToList();
        var municipalities = await db.Municipalities.Where(m => codes.Contains(m.Code)).ToDictionaryAsync(m => m.Id, m => m.Code);
        var existing = await db.Appropriations.Where(a => municipalities.Keys.Contains(a.MunicipalityId) && (a.Year == year || a.Year == year - 1))
            .Select(a => new { a.MunicipalityId, a.Year }).ToListAsync();
        foreach (var (id, code) in municipalities)
        {
            foreach (var (forYear, amount) in new[] { (year, AppropriationAmounts[code].ThisYear), (year - 1, AppropriationAmounts[code].LastYear) })
            {
                if (!existing.Any(a => a.MunicipalityId == id && a.Year == forYear))
                {
                    db.Appropriations.Add(new Appropriation(id, forYear, amount));
                }
            }
        }

        await db.SaveChangesAsync();
    }

    /// <summary>
    /// Kuntalisä decisions in every lifecycle state for the demo clients (see <see cref="Generation.DemoDecisions"/>),
    /// with the number series that continue their numbers. Runs once: when there are clients and no decisions.
    /// </summary>
    private async Task SeedDecisionsAsync()
    {
        if (await db.KuntalisaDecisions.AnyAsync() || !await db.JobSeekers.AnyAsync())
        {
            return;
        }

        var today = Infrastructure.Localization.Formats.FinnishDate(clock.GetUtcNow());
        var municipalities = await db.Municipalities.ToDictionaryAsync(m => m.Code, m => m.Id);
        var decider = await db.Users.Where(u => u.UserName == "esihenkilo").Select(u => u.Id).SingleAsync();
        var appropriations = await db.Appropriations.AsNoTracking().Where(a => a.Year >= today.Year - 1)
            .ToDictionaryAsync(a => (a.MunicipalityId, a.Year), a => a.Amount);
        var generator = new Generation.DemoDecisions(
            today,
            decider,
            await db.KuntalisaRuleVersions.AsNoTracking().ToListAsync(),
            await db.Employers.AsNoTracking().ToListAsync(),
            appropriations);
        var clients = await DemoClients.AsNoTracking().OrderBy(c => c.Id).ToListAsync();
        foreach (var (code, stages) in new[] { ("205", Generation.DemoDecisions.KajaaniStages), ("765", Generation.DemoDecisions.SotkamoStages), ("620", Generation.DemoDecisions.PaltamoStages) })
        {
            if (municipalities.TryGetValue(code, out var municipalityId))
            {
                generator.AddFor(municipalityId, clients, stages);
            }
        }

        db.KuntalisaDecisions.AddRange(generator.Decisions);
        db.KuntalisaNumberSeries.AddRange(generator.Series);
        await db.SaveChangesAsync();
    }

    /// <summary>
    /// Work trials in every state for unemployed demo clients without kuntalisä decisions (see
    /// <see cref="Generation.DemoWorkTrials"/>); the continuation of an interrupted one is saved after it, as it links to
    /// its id. Runs once: when there are clients and no trials.
    /// </summary>
    private async Task SeedWorkTrialsAsync()
    {
        if (await db.WorkTrials.AnyAsync() || !await DemoClients.AnyAsync())
        {
            return;
        }

        var today = Infrastructure.Localization.Formats.FinnishDate(clock.GetUtcNow());
        var clients = await DemoClients.AsNoTracking()
            .Where(c => c.CurrentStatus == JobSearchStatus.Unemployed && !db.KuntalisaDecisions.Any(d => d.JobSeekerId == c.Id))
            .OrderBy(c => c.Id)
            .Select(c => new { c.Id, c.CounsellorId })
            .ToListAsync();
        var counsellors = await db.Users.Where(u => u.UserName!.StartsWith("ohjaaja")).ToDictionaryAsync(u => u.UserName!, u => u.Id);
        var generator = new Generation.DemoWorkTrials(today, await db.FollowUpRuleAsync(), await db.Employers.AsNoTracking().Include(e => e.Contacts).ToListAsync());
        foreach (var (userName, towns, plans) in Generation.DemoWorkTrials.Plans)
        {
            if (counsellors.TryGetValue(userName, out var counsellorId))
            {
                generator.AddFor([.. clients.Where(c => c.CounsellorId == counsellorId).Select(c => c.Id)], towns, plans);
            }
        }

        db.WorkTrials.AddRange(generator.Trials);
        await db.SaveChangesAsync();
        db.WorkTrials.AddRange(generator.Continuations());
        await db.SaveChangesAsync();
    }

    /// <summary>
    /// Journal entries, plans (some in several versions) and assessments for the demo clients' current job searches,
    /// so the worklist and the card show deadlines met, due soon and overdue on first start. Runs once: when the
    /// demo clients exist and nothing has been written in any journal.
    /// </summary>
    private async Task SeedCaseHistoriesAsync()
    {
        if (await db.JournalEntries.AnyAsync() || await db.EmploymentPlans.AnyAsync())
        {
            return;
        }

        var today = Infrastructure.Localization.Formats.FinnishDate(clock.GetUtcNow());
        var rules = await db.ProcessRuleSets.AsNoTracking().ToListAsync();
        var domains = await db.CapacityDomains.Where(d => d.IsActive).OrderBy(d => d.Ordinal).Select(d => d.Id).ToListAsync();
        var clients = await DemoClients.AsNoTracking()
            .Where(c => c.CurrentStatus != null)
            .OrderBy(c => c.Id)
            .Select(c => new
            {
                c.Id,
                c.CounsellorId,
                c.BirthDate,
                c.UnemployedSince,
                Start = c.Spells.Where(s => s.EndDate == null).Select(s => s.StartDate).First(),
            })
            .ToListAsync();
        if (rules.Count == 0)
        {
            return;
        }

        var generator = new Generation.CaseHistoryGenerator(seed: 2026, today, rules, domains);
        foreach (var client in clients)
        {
            var history = generator.For(client.Id, client.CounsellorId, client.Start, client.BirthDate, client.UnemployedSince);
            db.JournalEntries.AddRange(history.Entries);
            db.EmploymentPlans.AddRange(history.Plans);
            db.CapacityAssessments.AddRange(history.Assessments);
        }

        await db.SaveChangesAsync();
    }

    /// <summary>
    /// The demo clients: not those the benchmark's <c>seed</c> command generates in its own offices, which get their
    /// case histories from that command, written in bulk.
    /// </summary>
    private IQueryable<Domain.JobSeekers.JobSeeker> DemoClients =>
        db.JobSeekers.Where(c => !db.Offices.Any(o => o.Id == c.OfficeId && o.Name.StartsWith(Infrastructure.Commands.SeedCommand.BenchOfficePrefix)));

    /// <summary>300 clients: 120 for ohjaaja1, 100 for ohjaaja2 (Kajaani), 80 for ohjaaja3 (Sotkamo).</summary>
    private async Task SeedClientsAsync()
    {
        if (await db.JobSeekers.AnyAsync())
        {
            return;
        }

        var now = clock.GetUtcNow();
        var today = Infrastructure.Localization.Formats.FinnishDate(now);
        var municipalities = await db.Municipalities.ToDictionaryAsync(m => m.Code, m => m.Id);
        var staff = await db.Users.Where(u => u.UserName!.StartsWith("ohjaaja")).ToDictionaryAsync(u => u.UserName!, u => (u.Id, u.OfficeId));
        var numbers = await CustomerNumbers.NextAsync(db, 300);
        var generator = new Generation.ClientGenerator(seed: 2026, today);
        var index = 0;
        foreach (var (userName, count, homes) in new[] { ("ohjaaja1", 120, new[] { "205", "205", "205", "620" }), ("ohjaaja2", 100, ["205", "205", "620"]), ("ohjaaja3", 80, ["765"]) })
        {
            var (counsellorId, officeId) = staff[userName];
            for (var i = 0; i < count; i++, index++)
            {
                var plan = generator.Next(municipalities[homes[i % homes.Length]]);
                db.JobSeekers.Add(Generation.ClientGenerator.Build(plan, numbers[index], counsellorId, officeId, now));
            }
        }

        await db.SaveChangesAsync();
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
