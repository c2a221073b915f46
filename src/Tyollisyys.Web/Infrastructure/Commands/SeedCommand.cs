using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
using Tyollisyys.Domain.JobSeekers;
using Tyollisyys.Domain.Organisation;
using Tyollisyys.Web.Data;
using Tyollisyys.Web.Data.DueItems;
using Tyollisyys.Web.Data.Generation;
using Tyollisyys.Web.Infrastructure.Auth;
using Tyollisyys.Web.Infrastructure.Localization;

namespace Tyollisyys.Web.Infrastructure.Commands;

/// <summary>
/// `seed --job-seekers 100000 [--counsellors 300]`: fills a database with a city-sized register for
/// benchmarks: ten more offices, the counsellors (caseloads from about half to one and a half times the
/// average) and the clients with their spells, written with binary COPY. The counsellor
/// `vertailu-ohjaaja-001` and the manager `vertailu-esihenkilo` can sign in with the password
/// <see cref="BenchmarkPassword"/>. Every generated client gets a case history (<c>SeedCommand.History.cs</c>),
/// decisions and work trials. COPY bypasses the DbContext's due-item upkeep, so seeding ends with the refresher
/// computing the stored due items of every client whose history it wrote.
/// </summary>
internal static partial class SeedCommand
{
    public const string BenchmarkPassword = "Vertailu-salasana-2026";
    public const string BenchmarkUser = "vertailu-ohjaaja-001";
    public const string BenchmarkManager = "vertailu-esihenkilo";
    public const string BenchOfficePrefix = "Vertailutoimipiste";
    private const int Offices = 10;

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        var jobSeekers = Option(args, "--job-seekers") ?? 100_000;
        var counsellors = Option(args, "--counsellors") ?? 300;
        if (!await DatabaseStartup.RunAsync(app))
        {
            return 1;
        }

        await SeedAsync(app.Services, jobSeekers, counsellors);
        return 0;
    }

    /// <summary>
    /// Tops the register up to <paramref name="jobSeekers"/> clients and gives every generated client without one a case
    /// history; running it again adds nothing.
    /// </summary>
    public static async Task SeedAsync(IServiceProvider services, int jobSeekers, int counsellors)
    {
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("Tyollisyys.Seed");
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var existing = await db.JobSeekers.CountAsync();
        var started = TimeProvider.System.GetTimestamp();
        if (existing >= jobSeekers)
        {
            LogAlreadySeeded(logger, existing);
        }
        else
        {
            var staff = await EnsureCounsellorsAsync(db, scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>(), counsellors);
            await InsertClientsAsync(db, staff, jobSeekers - existing);
            var seconds = TimeProvider.System.GetElapsedTime(started).TotalSeconds;
            LogSeeded(logger, jobSeekers - existing, staff.Count, seconds);
        }

        await EnsureManagerAsync(db, scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>());
        started = TimeProvider.System.GetTimestamp();
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await connection.OpenAsync();
        }

        var (entries, plans) = await InsertHistoriesAsync(db, connection, logger);
        var historySeconds = TimeProvider.System.GetElapsedTime(started).TotalSeconds;
        LogHistories(logger, entries, plans, historySeconds);

        started = TimeProvider.System.GetTimestamp();
        var decisions = await InsertDecisionsAsync(db);
        var decisionSeconds = TimeProvider.System.GetElapsedTime(started).TotalSeconds;
        LogDecisions(logger, decisions, decisionSeconds);

        started = TimeProvider.System.GetTimestamp();
        var trials = await InsertTrialsAsync(db);
        var trialSeconds = TimeProvider.System.GetElapsedTime(started).TotalSeconds;
        LogTrials(logger, trials, trialSeconds);

        // The histories were copied past the DbContext's due-item upkeep: recompute everyone's stored items.
        if (entries > 0)
        {
            await ClientDueItems.MarkAllStaleAsync(db);
        }

        await services.GetRequiredService<DueItemRefresher>().RefreshStaleAsync(CancellationToken.None);
    }

    /// <summary>The unit manager of the benchmark, for the manager's pages (caseload review, KPI dashboard).</summary>
    private static async Task EnsureManagerAsync(AppDbContext db, UserManager<StaffUser> users)
    {
        if (await users.FindByNameAsync(BenchmarkManager) is not null)
        {
            return;
        }

        var officeId = await db.Offices.Where(x => x.Name.StartsWith(BenchOfficePrefix)).OrderBy(x => x.Name).Select(x => x.Id).FirstAsync();
        var manager = new StaffUser { UserName = BenchmarkManager, DisplayName = "Vertailuesihenkilö", OfficeId = officeId, CreatedAt = TimeProvider.System.GetUtcNow() };
        if (!(await users.CreateAsync(manager, BenchmarkPassword)).Succeeded || !(await users.AddToRoleAsync(manager, Roles.Manager)).Succeeded)
        {
            throw new InvalidOperationException("Could not create " + BenchmarkManager);
        }
    }

    private static async Task<List<(Guid Id, int OfficeId, int MunicipalityId)>> EnsureCounsellorsAsync(
        AppDbContext db, UserManager<StaffUser> users, int count)
    {
        var municipalities = await db.Municipalities.OrderBy(m => m.Id).Select(m => m.Id).ToListAsync();
        if (municipalities.Count == 0)
        {
            throw new InvalidOperationException("Seed needs the demo organisation: run once with the embedded database or Tyollisyys__SeedDemoData=true.");
        }

        for (var o = 1; o <= Offices; o++)
        {
            var name = string.Create(CultureInfo.InvariantCulture, $"{BenchOfficePrefix} {o:00}");
            if (!await db.Offices.AnyAsync(x => x.Name == name))
            {
                db.Offices.Add(new Office(municipalities[o % municipalities.Count], name, null));
            }
        }

        await db.SaveChangesAsync();
        var offices = await db.Offices.Where(x => x.Name.StartsWith(BenchOfficePrefix)).OrderBy(x => x.Name)
            .Select(x => new { x.Id, x.MunicipalityId }).ToListAsync();
        for (var i = 1; i <= count; i++)
        {
            var userName = string.Create(CultureInfo.InvariantCulture, $"vertailu-ohjaaja-{i:000}");
            if (await users.FindByNameAsync(userName) is not null)
            {
                continue;
            }

            var office = offices[(i - 1) % offices.Count];
            var user = new StaffUser { UserName = userName, DisplayName = $"Vertailuohjaaja {i}", OfficeId = office.Id, CreatedAt = TimeProvider.System.GetUtcNow() };
            // Only the first gets a password: hashing 300 of them would be most of the seeding time.
            var created = i == 1 ? await users.CreateAsync(user, BenchmarkPassword) : await users.CreateAsync(user);
            if (!created.Succeeded || !(await users.AddToRoleAsync(user, Roles.Counsellor)).Succeeded)
            {
                throw new InvalidOperationException("Could not create " + userName);
            }
        }

        var officeMunicipality = offices.ToDictionary(x => x.Id, x => x.MunicipalityId);
        return await db.Users.Where(u => u.UserName!.StartsWith("vertailu-ohjaaja-")).OrderBy(u => u.UserName)
            .Select(u => new { u.Id, u.OfficeId }).AsAsyncEnumerable()
            .Select(u => (u.Id, u.OfficeId, officeMunicipality[u.OfficeId])).ToListAsync();
    }

    private static async Task InsertClientsAsync(AppDbContext db, List<(Guid Id, int OfficeId, int MunicipalityId)> staff, int count)
    {
        var now = TimeProvider.System.GetUtcNow();
        var today = Formats.FinnishDate(now);
        var random = new Random(100_000);
        // Uneven caseloads: each counsellor's weight is between 0.5 and 1.5.
        var weights = staff.Select(_ => 0.5 + random.NextDouble()).ToArray();
        var cumulative = weights.Select((w, i) => weights.Take(i + 1).Sum() / weights.Sum()).ToArray();
        var numbers = await CustomerNumbers.NextAsync(db, count);
        var generator = new ClientGenerator(seed: count, today, await db.JobSeekers.Select(j => j.IdentityCode).ToListAsync());
        var clients = new List<JobSeeker>(count);
        for (var i = 0; i < count; i++)
        {
            var pick = Array.BinarySearch(cumulative, random.NextDouble());
            var (counsellorId, officeId, municipalityId) = staff[pick < 0 ? Math.Min(~pick, staff.Count - 1) : pick];
            clients.Add(ClientGenerator.Build(generator.Next(municipalityId), numbers[i], counsellorId, officeId, now));
        }

        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await connection.OpenAsync();
        await CopyClientsAsync(connection, clients);
        var ids = new Dictionary<string, long>(StringComparer.Ordinal);
        await using (var command = new NpgsqlCommand("SELECT customer_number, id FROM job_seekers WHERE customer_number = ANY($1)", connection))
        {
            command.Parameters.AddWithValue(numbers.ToArray());
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                ids[reader.GetString(0)] = reader.GetInt64(1);
            }
        }

        await CopySpellsAsync(connection, clients, ids);
        await CopyResidencesAsync(connection, clients, ids);
        await using var analyze = new NpgsqlCommand("ANALYZE job_seekers; ANALYZE job_search_spells; ANALYZE job_seeker_residences;", connection);
        await analyze.ExecuteNonQueryAsync();
    }

    private static async Task CopyClientsAsync(NpgsqlConnection connection, List<JobSeeker> clients)
    {
        await using var writer = await connection.BeginBinaryImportAsync(
            "COPY job_seekers (identity_code, birth_date, customer_number, first_names, last_name, name_key, first_name_key, phone, email, " +
            "home_municipality_id, service_language, other_language, education_level, occupation_goals, partial_work_ability, " +
            "disability_or_long_term_illness, immigrant_or_foreign_language, counsellor_id, office_id, current_status, unemployed_since, created_at) " +
            "FROM STDIN (FORMAT BINARY)");
        foreach (var c in clients)
        {
            await writer.StartRowAsync();
            await writer.WriteAsync(c.IdentityCode, NpgsqlDbType.Varchar);
            await writer.WriteAsync(c.BirthDate, NpgsqlDbType.Date);
            await writer.WriteAsync(c.CustomerNumber, NpgsqlDbType.Varchar);
            await writer.WriteAsync(c.FirstNames, NpgsqlDbType.Varchar);
            await writer.WriteAsync(c.LastName, NpgsqlDbType.Varchar);
            await writer.WriteAsync(c.NameKey, NpgsqlDbType.Varchar);
            await writer.WriteAsync(c.FirstNameKey, NpgsqlDbType.Varchar);
            await WriteNullableAsync(writer, c.Phone, NpgsqlDbType.Varchar);
            await WriteNullableAsync(writer, c.Email, NpgsqlDbType.Varchar);
            await writer.WriteAsync(c.HomeMunicipalityId, NpgsqlDbType.Integer);
            await writer.WriteAsync((int)c.ServiceLanguage, NpgsqlDbType.Integer);
            await WriteNullableAsync(writer, c.OtherLanguage, NpgsqlDbType.Varchar);
            await writer.WriteAsync((int)c.EducationLevel, NpgsqlDbType.Integer);
            await WriteNullableAsync(writer, c.OccupationGoals, NpgsqlDbType.Varchar);
            await writer.WriteAsync(c.PartialWorkAbility, NpgsqlDbType.Boolean);
            await writer.WriteAsync(c.DisabilityOrLongTermIllness, NpgsqlDbType.Boolean);
            await writer.WriteAsync(c.ImmigrantOrForeignLanguage, NpgsqlDbType.Boolean);
            await writer.WriteAsync(c.CounsellorId, NpgsqlDbType.Uuid);
            await writer.WriteAsync(c.OfficeId, NpgsqlDbType.Integer);
            await WriteNullableAsync(writer, (int?)c.CurrentStatus, NpgsqlDbType.Integer);
            await WriteNullableAsync(writer, c.UnemployedSince, NpgsqlDbType.Date);
            await writer.WriteAsync(c.CreatedAt, NpgsqlDbType.TimestampTz);
        }

        await writer.CompleteAsync();
    }

    private static async Task CopySpellsAsync(NpgsqlConnection connection, List<JobSeeker> clients, Dictionary<string, long> ids)
    {
        await using var writer = await connection.BeginBinaryImportAsync(
            "COPY job_search_spells (job_seeker_id, start_date, status, end_date, end_reason, unemployed_since) FROM STDIN (FORMAT BINARY)");
        foreach (var client in clients)
        {
            foreach (var spell in client.Spells)
            {
                await writer.StartRowAsync();
                await writer.WriteAsync(ids[client.CustomerNumber], NpgsqlDbType.Bigint);
                await writer.WriteAsync(spell.StartDate, NpgsqlDbType.Date);
                await writer.WriteAsync((int)spell.Status, NpgsqlDbType.Integer);
                await WriteNullableAsync(writer, spell.EndDate, NpgsqlDbType.Date);
                await WriteNullableAsync(writer, (int?)spell.EndReason, NpgsqlDbType.Integer);
                await WriteNullableAsync(writer, spell.UnemployedSince, NpgsqlDbType.Date);
            }
        }

        await writer.CompleteAsync();
    }

    private static async Task CopyResidencesAsync(NpgsqlConnection connection, List<JobSeeker> clients, Dictionary<string, long> ids)
    {
        await using var writer = await connection.BeginBinaryImportAsync(
            "COPY job_seeker_residences (job_seeker_id, municipality_id, valid_from, valid_to) FROM STDIN (FORMAT BINARY)");
        foreach (var client in clients)
        {
            foreach (var residence in client.Residences)
            {
                await writer.StartRowAsync();
                await writer.WriteAsync(ids[client.CustomerNumber], NpgsqlDbType.Bigint);
                await writer.WriteAsync(residence.MunicipalityId, NpgsqlDbType.Integer);
                await writer.WriteAsync(residence.ValidFrom, NpgsqlDbType.Date);
                await WriteNullableAsync(writer, residence.ValidTo, NpgsqlDbType.Date);
            }
        }

        await writer.CompleteAsync();
    }

    private static async Task WriteNullableAsync(NpgsqlBinaryImporter writer, string? value, NpgsqlDbType type)
    {
        if (value is null)
        {
            await writer.WriteNullAsync();
        }
        else
        {
            await writer.WriteAsync(value, type);
        }
    }

    private static async Task WriteNullableAsync<T>(NpgsqlBinaryImporter writer, T? value, NpgsqlDbType type)
        where T : struct
    {
        if (value is { } present)
        {
            await writer.WriteAsync(present, type);
        }
        else
        {
            await writer.WriteNullAsync();
        }
    }

    private static int? Option(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length && int.TryParse(args[at + 1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "The database already has {Count} job-seekers; no more clients to seed")]
    private static partial void LogAlreadySeeded(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded {Count} work trials in {Seconds:0.0} s")]
    private static partial void LogTrials(ILogger logger, int count, double seconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded {Count} kuntalisä decisions in {Seconds:0.0} s")]
    private static partial void LogDecisions(ILogger logger, int count, double seconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded case histories: {Entries} journal entries, {Plans} plan versions in {Seconds:0.0} s")]
    private static partial void LogHistories(ILogger logger, int entries, int plans, double seconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded {Count} job-seekers for {Counsellors} counsellors in {Seconds:0.0} s")]
    private static partial void LogSeeded(ILogger logger, int count, int counsellors, double seconds);
}
