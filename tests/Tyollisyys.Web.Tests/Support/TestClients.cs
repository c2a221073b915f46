using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Tyollisyys.Domain.JobSeekers;
using Tyollisyys.Web.Data;
using Tyollisyys.Web.Infrastructure.Audit;

namespace Tyollisyys.Web.Tests.Support;

/// <summary>Job-seekers arranged straight in the database (JobSeeker.Register), for tests that start from an existing client.</summary>
public static class TestClients
{
    private static int _counter;

    /// <summary>
    /// A valid, temporary (900–999) identity code that no other test in this run uses: each call takes the next
    /// birth date from 1.1.1970 (so the person is over 25) and an individual number from 900 up.
    /// </summary>
    public static string NextIdentityCode(char centurySign = '-')
    {
        var n = Interlocked.Increment(ref _counter);
        var birthDate = new DateOnly(1970, 1, 1).AddDays(n * 7);
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
