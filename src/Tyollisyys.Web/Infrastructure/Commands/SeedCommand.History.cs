using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
using Tyollisyys.Domain.Capacity;
using Tyollisyys.Domain.Journal;
using Tyollisyys.Domain.Plans;
using Tyollisyys.Web.Data;
using Tyollisyys.Web.Data.Generation;
using Tyollisyys.Web.Infrastructure.Localization;

namespace Tyollisyys.Web.Infrastructure.Commands;

/// <summary>
/// The case histories of the benchmark clients (issue 7 item 5): for every generated client who has none yet, the same
/// <see cref="CaseHistoryGenerator"/> the demo data uses (journal entries, plan versions with actions and obligation
/// periods, capacity assessments), written with binary COPY in batches. Plan and assessment ids are taken from their
/// identity sequences first, so that the child rows can name them (COPY writes given identity values).
/// </summary>
internal static partial class SeedCommand
{
    private const int HistoryBatch = 2_000;

    private static async Task<(int Entries, int Plans)> InsertHistoriesAsync(AppDbContext db, NpgsqlConnection connection, ILogger logger)
    {
        var today = Formats.FinnishDate(TimeProvider.System.GetUtcNow());
        var rules = await db.ProcessRuleSets.AsNoTracking().ToListAsync();
        var domains = await db.CapacityDomains.Where(d => d.IsActive).OrderBy(d => d.Ordinal).Select(d => d.Id).ToListAsync();
        var clients = await db.JobSeekers.AsNoTracking()
            .Where(c => c.CurrentStatus != null
                && db.Offices.Any(o => o.Id == c.OfficeId && o.Name.StartsWith(BenchOfficePrefix))
                && !db.JournalEntries.Any(e => e.JobSeekerId == c.Id))
            .OrderBy(c => c.Id)
            .Select(c => new
            {
                c.Id,
                c.CounsellorId,
                c.BirthDate,
                c.UnemployedSince,
                Start = c.Spells.Where(s => s.EndDate == null).Select(s => (DateOnly?)s.StartDate).FirstOrDefault(),
            })
            .ToListAsync();
        if (rules.Count == 0 || clients.Count == 0)
        {
            return (0, 0);
        }

        var generator = new CaseHistoryGenerator(seed: clients.Count, today, rules, domains);
        var random = new Random(clients.Count);
        var (entries, plans) = (0, 0);
        foreach (var batch in clients.Where(c => c.Start is not null).Chunk(HistoryBatch))
        {
            var histories = batch
                .Select(c => generator.For(c.Id, c.CounsellorId, c.Start!.Value, c.BirthDate, c.UnemployedSince))
                .ToList();
            var batchEntries = histories.SelectMany(h => h.Entries)
                .Concat(batch.SelectMany(c => EverydayContacts(random, c.Id, c.CounsellorId, c.Start!.Value, today)))
                .ToList();
            var batchPlans = histories.SelectMany(h => h.Plans).ToList();
            await CopyJournalAsync(connection, batchEntries);
            await CopyPlansAsync(connection, batchPlans);
            await CopyAssessmentsAsync(connection, [.. histories.SelectMany(h => h.Assessments)]);
            entries += batchEntries.Count;
            plans += batchPlans.Count;
            LogHistoryBatch(logger, entries, plans);
        }

        await using var analyze = new NpgsqlCommand(
            "ANALYZE journal_entries; ANALYZE employment_plans; ANALYZE plan_actions; ANALYZE capacity_assessments;", connection);
        await analyze.ExecuteNonQueryAsync();
        return (entries, plans);
    }

    /// <summary>
    /// The phone calls and messages between the process's meetings: a city's journals hold several for each meeting, so the
    /// benchmark's journal has about ten entries a client, not the four or five the process alone would write.
    /// </summary>
    private static IEnumerable<JournalEntry> EverydayContacts(Random random, long clientId, Guid counsellorId, DateOnly spellStart, DateOnly today)
    {
        var span = today.DayNumber - spellStart.DayNumber;
        if (span < 1)
        {
            yield break;
        }

        for (var n = random.Next(2, 9); n > 0; n--)
        {
            var on = spellStart.AddDays(random.Next(0, span + 1));
            var phone = random.NextDouble() < 0.6;
            yield return JournalEntry.Record(
                clientId,
                phone ? JournalEntryType.PhoneCall : JournalEntryType.Message,
                phone ? ContactChannel.Phone : null,
                on,
                phone ? "Puhelu: asiakas kysyi avoimista työpaikoista; sovittiin hakemusten lähettämisestä." : "Viesti asiakkaalle: lähetetty kolme työpaikkailmoitusta ja valmennuksen ajankohta.",
                false,
                counsellorId,
                new DateTimeOffset(on.ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero),
                today);
        }
    }

    private static async Task CopyJournalAsync(NpgsqlConnection connection, List<JournalEntry> entries)
    {
        await using var writer = await connection.BeginBinaryImportAsync(
            "COPY journal_entries (job_seeker_id, series_id, version, type, channel, occurred_on, text, contains_health_information, " +
            "author_id, recorded_at, correction_reason) FROM STDIN (FORMAT BINARY)");
        foreach (var e in entries)
        {
            await writer.StartRowAsync();
            await writer.WriteAsync(e.JobSeekerId, NpgsqlDbType.Bigint);
            await writer.WriteAsync(e.SeriesId, NpgsqlDbType.Uuid);
            await writer.WriteAsync(e.Version, NpgsqlDbType.Integer);
            await writer.WriteAsync((int)e.Type, NpgsqlDbType.Integer);
            await WriteNullableAsync(writer, (int?)e.Channel, NpgsqlDbType.Integer);
            await writer.WriteAsync(e.OccurredOn, NpgsqlDbType.Date);
            await writer.WriteAsync(e.Text, NpgsqlDbType.Text);
            await writer.WriteAsync(e.ContainsHealthInformation, NpgsqlDbType.Boolean);
            await writer.WriteAsync(e.AuthorId, NpgsqlDbType.Uuid);
            await writer.WriteAsync(e.RecordedAt, NpgsqlDbType.TimestampTz);
            await WriteNullableAsync(writer, e.CorrectionReason, NpgsqlDbType.Varchar);
        }

        await writer.CompleteAsync();
    }

    private static async Task CopyPlansAsync(NpgsqlConnection connection, List<EmploymentPlan> plans)
    {
        var ids = await ReserveIdsAsync(connection, "employment_plans", plans.Count);
        await using (var writer = await connection.BeginBinaryImportAsync(
            "COPY employment_plans (id, job_seeker_id, version, type, goals, agreed_on, next_review_date, author_id, saved_at) FROM STDIN (FORMAT BINARY)"))
        {
            for (var i = 0; i < plans.Count; i++)
            {
                var p = plans[i];
                await writer.StartRowAsync();
                await writer.WriteAsync(ids[i], NpgsqlDbType.Bigint);
                await writer.WriteAsync(p.JobSeekerId, NpgsqlDbType.Bigint);
                await writer.WriteAsync(p.Version, NpgsqlDbType.Integer);
                await writer.WriteAsync((int)p.Type, NpgsqlDbType.Integer);
                await writer.WriteAsync(p.Goals, NpgsqlDbType.Text);
                await writer.WriteAsync(p.AgreedOn, NpgsqlDbType.Date);
                await writer.WriteAsync(p.NextReviewDate, NpgsqlDbType.Date);
                await writer.WriteAsync(p.AuthorId, NpgsqlDbType.Uuid);
                await writer.WriteAsync(p.SavedAt, NpgsqlDbType.TimestampTz);
            }

            await writer.CompleteAsync();
        }

        await using (var writer = await connection.BeginBinaryImportAsync(
            "COPY plan_actions (employment_plan_id, ordinal, key, what, responsible, organisation_name, due_date, status, completed_on, service_id) " +
            "FROM STDIN (FORMAT BINARY)"))
        {
            for (var i = 0; i < plans.Count; i++)
            {
                var ordinal = 0;
                foreach (var a in plans[i].Actions)
                {
                    await writer.StartRowAsync();
                    await writer.WriteAsync(ids[i], NpgsqlDbType.Bigint);
                    await writer.WriteAsync(++ordinal, NpgsqlDbType.Integer);
                    await writer.WriteAsync(a.Key, NpgsqlDbType.Uuid);
                    await writer.WriteAsync(a.What, NpgsqlDbType.Text);
                    await writer.WriteAsync((int)a.Responsible, NpgsqlDbType.Integer);
                    await WriteNullableAsync(writer, a.OrganisationName, NpgsqlDbType.Varchar);
                    await WriteNullableAsync(writer, a.DueDate, NpgsqlDbType.Date);
                    await writer.WriteAsync((int)a.Status, NpgsqlDbType.Integer);
                    await WriteNullableAsync(writer, a.CompletedOn, NpgsqlDbType.Date);
                    await WriteNullableAsync(writer, a.ServiceId, NpgsqlDbType.Integer);
                }
            }

            await writer.CompleteAsync();
        }

        await using (var writer = await connection.BeginBinaryImportAsync(
            "COPY plan_obligation_periods (employment_plan_id, number, start_date, end_date, jobs_required, reduced_reason) FROM STDIN (FORMAT BINARY)"))
        {
            for (var i = 0; i < plans.Count; i++)
            {
                foreach (var o in plans[i].ObligationPeriods)
                {
                    await writer.StartRowAsync();
                    await writer.WriteAsync(ids[i], NpgsqlDbType.Bigint);
                    await writer.WriteAsync(o.Number, NpgsqlDbType.Integer);
                    await writer.WriteAsync(o.StartDate, NpgsqlDbType.Date);
                    await writer.WriteAsync(o.EndDate, NpgsqlDbType.Date);
                    await writer.WriteAsync(o.JobsRequired, NpgsqlDbType.Integer);
                    await WriteNullableAsync(writer, o.ReducedReason, NpgsqlDbType.Text);
                }
            }

            await writer.CompleteAsync();
        }
    }

    private static async Task CopyAssessmentsAsync(NpgsqlConnection connection, List<FunctionalCapacityAssessment> assessments)
    {
        var ids = await ReserveIdsAsync(connection, "capacity_assessments", assessments.Count);
        await using (var writer = await connection.BeginBinaryImportAsync(
            "COPY capacity_assessments (id, job_seeker_id, assessed_on, author_id, recorded_at, summary) FROM STDIN (FORMAT BINARY)"))
        {
            for (var i = 0; i < assessments.Count; i++)
            {
                var a = assessments[i];
                await writer.StartRowAsync();
                await writer.WriteAsync(ids[i], NpgsqlDbType.Bigint);
                await writer.WriteAsync(a.JobSeekerId, NpgsqlDbType.Bigint);
                await writer.WriteAsync(a.AssessedOn, NpgsqlDbType.Date);
                await writer.WriteAsync(a.AuthorId, NpgsqlDbType.Uuid);
                await writer.WriteAsync(a.RecordedAt, NpgsqlDbType.TimestampTz);
                await WriteNullableAsync(writer, a.Summary, NpgsqlDbType.Text);
            }

            await writer.CompleteAsync();
        }

        await using (var writer = await connection.BeginBinaryImportAsync(
            "COPY capacity_ratings (assessment_id, domain_id, rating, observation) FROM STDIN (FORMAT BINARY)"))
        {
            for (var i = 0; i < assessments.Count; i++)
            {
                foreach (var r in assessments[i].Ratings)
                {
                    await writer.StartRowAsync();
                    await writer.WriteAsync(ids[i], NpgsqlDbType.Bigint);
                    await writer.WriteAsync(r.DomainId, NpgsqlDbType.Integer);
                    await writer.WriteAsync(r.Rating, NpgsqlDbType.Integer);
                    await WriteNullableAsync(writer, r.Observation, NpgsqlDbType.Text);
                }
            }

            await writer.CompleteAsync();
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Case histories so far: {Entries} journal entries, {Plans} plan versions")]
    private static partial void LogHistoryBatch(ILogger logger, int entries, int plans);

    /// <summary>Takes <paramref name="count"/> values from the table's identity sequence.</summary>
    private static async Task<long[]> ReserveIdsAsync(NpgsqlConnection connection, string table, int count)
    {
        var ids = new long[count];
        if (count == 0)
        {
            return ids;
        }

        await using var command = new NpgsqlCommand(
            "SELECT nextval(pg_get_serial_sequence($1, 'id')) FROM generate_series(1, $2)", connection);
        command.Parameters.AddWithValue(table);
        command.Parameters.AddWithValue(count);
        await using var reader = await command.ExecuteReaderAsync();
        for (var i = 0; await reader.ReadAsync(); i++)
        {
            ids[i] = reader.GetInt64(0);
        }

        return ids;
    }
}
