using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Tyollisyys.Domain.JobSeekers;
using Tyollisyys.Web.Data;

namespace Tyollisyys.Web.Tests.Support;

/// <summary>
/// What a test needs of one job-seeker; everything not said gets a plain default. Status null means
/// the client's only spell has ended, so they have no current job search.
/// </summary>
public sealed record ClientSpec(string LastName, string FirstNames = "Testi")
{
    public string Counsellor { get; init; } = "ohjaaja1";

    public DateOnly BirthDate { get; init; } = new(1980, 5, 17);

    public JobSearchStatus? Status { get; init; } = JobSearchStatus.Unemployed;

    public int SpellDaysAgo { get; init; } = 30;

    public bool PartialWorkAbility { get; init; }

    public bool Immigrant { get; init; }

    public bool Disability { get; init; }
}

public sealed record TestClient(long Id, string IdentityCode, string CustomerNumber, string LastName, string FirstNames)
{
    public string Masked => IdentityCode[..7] + "****";
}

/// <summary>
/// Creates job-seekers straight through the domain and AppDbContext, as arrangement for HTTP tests:
/// valid temporary identity codes (900–999) not used by anyone in the database yet, and customer
/// numbers from the real sequence. Names come with a random part so tests can find their own clients
/// among the demo data by searching for it.
/// </summary>
public static class TestClients
{
    private const string Letters = "bcdfghjklmnpqrstvz";
    private static readonly char[] Signs1900 = ['-', 'Y', 'X', 'W', 'V', 'U'];
    private static readonly char[] Signs2000 = ['A', 'B', 'C', 'D', 'E', 'F'];

    /// <summary>A surname no demo client has, e.g. "Testi" + "kvqrzt".</summary>
    public static string UniqueName(string start = "Testi") =>
        start + string.Concat(Enumerable.Range(0, 7).Select(_ => Letters[Random.Shared.Next(Letters.Length)]));

    public static DateOnly Today =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/Helsinki")).DateTime);

    public static async Task<IReadOnlyList<TestClient>> AddAsync(this AppFactory app, params ClientSpec[] specs)
    {
        await using var db = app.NewDbContext();
        var staff = await db.Users.ToDictionaryAsync(u => u.UserName!, u => (u.Id, u.OfficeId));
        var municipality = await db.Municipalities.Select(m => m.Id).FirstAsync();
        var taken = new HashSet<string>(StringComparer.Ordinal);
        var created = new List<JobSeeker>();
        var today = Today;
        foreach (var spec in specs)
        {
            var code = await FreeCodeAsync(db, spec.BirthDate, taken);
            var number = (await db.Database.SqlQuery<long>($"SELECT nextval('customer_numbers') AS \"Value\"").ToListAsync())[0];
            var details = new PersonDetails(
                spec.FirstNames, spec.LastName, null, null, null, null, null, municipality, ServiceLanguage.Finnish, null,
                EducationLevel.Unknown, null, spec.PartialWorkAbility, spec.Disability, spec.Immigrant);
            var (counsellorId, officeId) = staff[spec.Counsellor];
            var start = today.AddDays(-spec.SpellDaysAgo);
            var client = JobSeeker.Register(
                code, number.ToString(CultureInfo.InvariantCulture), details, counsellorId, officeId, start, spec.Status ?? JobSearchStatus.Unemployed, DateTimeOffset.UtcNow);
            if (spec.Status is null)
            {
                client.EndCurrentSpell(today, SpellEndReason.OpenMarketJob);
            }

            db.JobSeekers.Add(client);
            created.Add(client);
        }

        await db.SaveChangesAsync();
        return [.. created.Select(c => new TestClient(c.Id, c.IdentityCode, c.CustomerNumber, c.LastName, c.FirstNames))];
    }

    /// <summary>A temporary code for the birth date that neither the database nor this batch has used.</summary>
    private static async Task<PersonalIdentityCode> FreeCodeAsync(AppDbContext db, DateOnly birthDate, HashSet<string> taken)
    {
        var datePart = birthDate.ToString("ddMMyy", CultureInfo.InvariantCulture);
        var used = await db.JobSeekers.Where(j => EF.Functions.Like(j.IdentityCode, datePart + "%")).Select(j => j.IdentityCode).ToListAsync();
        var signs = birthDate.Year >= 2000 ? Signs2000 : Signs1900;
        var first = Random.Shared.Next(900, 1000);
        foreach (var sign in signs)
        {
            for (var i = 0; i < 100; i++)
            {
                var individual = 900 + ((first - 900 + i) % 100);
                var code = string.Create(CultureInfo.InvariantCulture, $"{datePart}{sign}{individual:000}{PersonalIdentityCode.CheckCharacterFor(datePart, individual)}");
                if (!used.Contains(code) && taken.Add(code))
                {
                    return PersonalIdentityCode.Parse(code);
                }
            }
        }

        throw new InvalidOperationException($"No free temporary identity code left for {datePart}");
    }
}
