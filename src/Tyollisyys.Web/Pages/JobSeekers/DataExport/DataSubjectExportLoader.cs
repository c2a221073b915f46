using Microsoft.EntityFrameworkCore;
using Tyollisyys.Domain.Capacity;
using Tyollisyys.Domain.JobSeekers;
using Tyollisyys.Domain.Journal;
using Tyollisyys.Domain.Plans;
using Tyollisyys.Web.Data;

namespace Tyollisyys.Web.Pages.JobSeekers.DataExport;

/// <summary>
/// Builds the one <see cref="DataSubjectExport"/> that both the printable page and the JSON file show: one query per
/// kind of record (all by the client's id, on the indexes the client pages already use), then one for the names of
/// every member of staff involved, so the count of queries does not grow with the history. Read-only: nothing is
/// tracked. The caller audits the export first, so the access log it reads includes the export itself.
/// </summary>
public sealed partial class DataSubjectExportLoader(AppDbContext db)
{
    public async Task<DataSubjectExport> LoadAsync(JobSeeker client, Guid producedBy, DateTimeOffset producedAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        var id = client.Id;
        var municipality = await db.Municipalities.Where(m => m.Id == client.HomeMunicipalityId).Select(m => m.NameFi).SingleAsync(cancellationToken);
        var office = await db.Offices.Where(o => o.Id == client.OfficeId).Select(o => o.Name).SingleAsync(cancellationToken);
        var journal = await db.JournalEntries.AsNoTracking().Where(e => e.JobSeekerId == id)
            .OrderBy(e => e.OccurredOn).ThenBy(e => e.SeriesId).ThenBy(e => e.Version).ToListAsync(cancellationToken);
        var assessments = await db.CapacityAssessments.AsNoTracking().Include(a => a.Ratings).Where(a => a.JobSeekerId == id)
            .OrderBy(a => a.AssessedOn).ThenBy(a => a.Id).ToListAsync(cancellationToken);
        var domains = await db.CapacityDomains.AsNoTracking().ToDictionaryAsync(d => d.Id, cancellationToken);
        var plans = await db.EmploymentPlans.AsNoTracking().Where(p => p.JobSeekerId == id).OrderBy(p => p.Version).ToListAsync(cancellationToken);
        var serviceIds = plans.SelectMany(p => p.Actions).Select(a => a.ServiceId).OfType<int>().Distinct().ToList();
        var services = await db.ServiceOfferings.AsNoTracking().Where(s => serviceIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, cancellationToken);
        var decisions = await DecisionsAsync(id, cancellationToken);
        var trials = await TrialsAsync(id, cancellationToken);
        var log = await db.AuditEvents.AsNoTracking().Where(e => e.ClientId == id).OrderBy(e => e.OccurredAt).ThenBy(e => e.Id).ToListAsync(cancellationToken);

        var staffIds = journal.Select(e => e.AuthorId)
            .Concat(assessments.Select(a => a.AuthorId))
            .Concat(plans.Select(p => p.AuthorId))
            .Concat(log.Select(e => e.UserId).OfType<Guid>())
            .Append(client.CounsellorId)
            .Append(producedBy)
            .Distinct()
            .ToList();
        var staff = await db.Users.AsNoTracking().Where(u => staffIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        string Name(Guid? userId) => userId is { } known ? staff.GetValueOrDefault(known, string.Empty) : string.Empty;

        var ownRecords = new OwnRecords(
            id,
            journal.Select(e => e.Id).ToHashSet(),
            assessments.Select(a => a.Id).ToHashSet(),
            plans.Select(p => p.Id).ToHashSet(),
            decisions.Select(d => d.Id).ToHashSet(),
            trials.Select(t => t.Id).ToHashSet());

        return new DataSubjectExport(
            DataSubjectExport.FormatName,
            producedAt,
            Name(producedBy),
            Person(client, municipality, office, Name(client.CounsellorId)),
            [.. client.Spells.OrderBy(s => s.StartDate).Select(s => new ExportedSpell(s.StartDate, s.EndDate, s.Status, s.EndReason))],
            [.. journal.Select(e => Journal(e, Name(e.AuthorId)))],
            [.. assessments.Select(a => Assessment(a, domains, Name(a.AuthorId)))],
            [.. plans.Select(p => Plan(p, services, Name(p.AuthorId)))],
            decisions,
            trials,
            AccessLog.Reassignments(log, staff),
            AccessLog.Entries(log, staff, ownRecords));
    }

    private static ExportedPerson Person(JobSeeker c, string municipality, string office, string counsellor) =>
        new(
            c.Id,
            c.CustomerNumber,
            c.IdentityCode,
            c.BirthDate,
            c.FirstNames,
            c.LastName,
            c.Phone,
            c.Email,
            c.StreetAddress,
            c.PostalCode,
            c.PostOffice,
            municipality,
            c.ServiceLanguage,
            c.OtherLanguage,
            c.EducationLevel,
            c.OccupationGoals,
            c.PartialWorkAbility,
            c.DisabilityOrLongTermIllness,
            c.ImmigrantOrForeignLanguage,
            counsellor,
            office,
            c.CurrentStatus,
            c.UnemployedSince,
            c.CreatedAt);

    private static ExportedJournalEntry Journal(JournalEntry e, string author) =>
        new(e.Id, e.SeriesId, e.Version, e.Type, e.Channel, e.OccurredOn, e.Text, e.ContainsHealthInformation, author, e.RecordedAt, e.CorrectionReason);

    private static ExportedAssessment Assessment(FunctionalCapacityAssessment a, Dictionary<int, CapacityDomain> domains, string author) =>
        new(
            a.Id,
            a.AssessedOn,
            a.Summary,
            author,
            a.RecordedAt,
            [.. a.Ratings
                .OrderBy(r => domains.TryGetValue(r.DomainId, out var d) ? d.Ordinal : int.MaxValue)
                .Select(r => domains.TryGetValue(r.DomainId, out var d)
                    ? new ExportedRating(d.Code, d.NameFi, d.NameSv, r.Rating, r.Observation)
                    : new ExportedRating(string.Empty, string.Empty, string.Empty, r.Rating, r.Observation))]);

    private static ExportedPlan Plan(EmploymentPlan p, Dictionary<int, ServiceOffering> services, string author) =>
        new(
            p.Id,
            p.Version,
            p.Type,
            p.Goals,
            p.AgreedOn,
            p.NextReviewDate,
            author,
            p.SavedAt,
            [.. p.Actions.Select(a =>
            {
                var service = a.ServiceId is { } sid ? services.GetValueOrDefault(sid) : null;
                return new ExportedPlanAction(a.What, a.Responsible, a.OrganisationName, a.DueDate, a.Status, a.CompletedOn, service?.NameFi, service?.NameSv);
            })],
            [.. p.ObligationPeriods.OrderBy(o => o.Number).Select(o => new ExportedObligationPeriod(o.Number, o.StartDate, o.EndDate, o.JobsRequired, o.ReducedReason))]);

    /// <summary>The ids of this person's own records: an audit row's record id is shown only when it is one of them.</summary>
    internal sealed record OwnRecords(
        long ClientId,
        IReadOnlySet<long> JournalEntries,
        IReadOnlySet<long> Assessments,
        IReadOnlySet<long> Plans,
        IReadOnlySet<long> Decisions,
        IReadOnlySet<long> Trials);
}
