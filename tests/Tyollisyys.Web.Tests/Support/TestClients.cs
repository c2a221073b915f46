using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Tyollisyys.Domain.JobSeekers;
using Tyollisyys.Web.Data;
using Tyollisyys.Web.Infrastructure.Audit;

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
/// numbers from the real sequence. <see cref="AddAsync"/> takes specs and gives names with a random part
/// (so a test finds its own clients among the demo data); <see cref="CreateAsync"/> makes one client of a
/// counsellor for the client-page tests.
/// </summary>
public static class TestClients
{
    private static int _counter;
    private const string Letters = "bcdfghjklmnpqrstvz";
    private static readonly char[] Signs1900 = ['-', 'Y', 'X', 'W', 'V', 'U'];
    private static readonly char[] Signs2000 = ['A', 'B', 'C', 'D', 'E', 'F'];

    /// <summary>A surname no demo client has, e.g. "Testi" + "kvqrzt".</summary>
    public static string UniqueName(string start = "Testi") =>
        start + string.Concat(Enumerable.Range(0, 7).Select(_ => Letters[Random.Shared.Next(Letters.Length)]));

    public static DateOnly Today =>
        Infrastructure.Localization.Formats.FinnishDate(DateTimeOffset.UtcNow);

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

    /// <summary>
    /// A valid, temporary (900–999) identity code that no other test in this run uses: each call takes the next
    /// birth date from 1.1.1920 (before any demo client's, and over 25) and an individual number from 900 up.
    /// </summary>
    public static string NextIdentityCode(char centurySign = '-')
    {
        var n = Interlocked.Increment(ref _counter);
        var birthDate = new DateOnly(1920, 1, 1).AddDays(n * 7);
        var datePart = birthDate.ToString("ddMMyy", CultureInfo.InvariantCulture);
        var individual = 900 + (n % 100);
        return string.Create(CultureInfo.InvariantCulture, $"{datePart}{centurySign}{individual:000}{PersonalIdentityCode.CheckCharacterFor(datePart, individual)}");
    }

    /// <summary>A client of the given demo counsellor (and so of their office), with one open spell.</summary>
    public static async Task<(long Id, string IdentityCode)> CreateAsync(
        AppFactory app,
        string counsellorUserName,
        string lastName = "Testinen",
        bool disability = false,
        DateOnly? spellStart = null,
        JobSearchStatus status = JobSearchStatus.Unemployed,
        string? identityCode = null,
        AppDbContext? db = null)
    {
        // A caller's context lets a test keep the insert inside its own, still open, transaction.
        await using var own = db is null ? app.NewDbContext() : null;
        db ??= own!;
        var counsellor = await db.Users.SingleAsync(u => u.UserName == counsellorUserName);
        var municipality = await db.Municipalities.OrderBy(m => m.Id).FirstAsync();
        var number = await db.Database.SqlQueryRaw<long>("SELECT nextval('customer_numbers') AS \"Value\"").SingleAsync();
        var code = identityCode ?? NextIdentityCode();
        var details = new PersonDetails(
            "Testi Henrik", lastName, "040 123 4567", "testi@example.fi", "Kauppakatu 1", "87100", "Kajaani",
            municipality.Id, ServiceLanguage.Finnish, null, EducationLevel.Vocational, "Varastotyö",
            PartialWorkAbility: false, DisabilityOrLongTermIllness: disability, ImmigrantOrForeignLanguage: false);
        var client = JobSeeker.Register(
            PersonalIdentityCode.Parse(code),
            number.ToString(CultureInfo.InvariantCulture),
            details,
            counsellor.Id,
            counsellor.OfficeId,
            spellStart ?? new DateOnly(2025, 1, 2),
            status,
            DateTimeOffset.UtcNow);
        db.JobSeekers.Add(client);
        await db.SaveChangesAsync();
        return (client.Id, code);
    }

    /// <summary>How many audit rows of this kind concern the client.</summary>
    public static async Task<int> AuditCountAsync(AppFactory app, long clientId, AuditAction action, string? reason = null, string? recordType = null)
    {
        await using var db = app.NewDbContext();
        return await db.AuditEvents.CountAsync(e =>
            e.ClientId == clientId && e.Action == action
            && (reason == null || e.Reason == reason)
            && (recordType == null || e.RecordType == recordType));
    }

    public static string CardUrl(long id) => string.Create(CultureInfo.InvariantCulture, $"/JobSeekers/{id}");
}
