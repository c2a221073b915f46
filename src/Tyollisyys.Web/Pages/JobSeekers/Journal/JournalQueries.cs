using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Tyollisyys.Domain.Journal;
using Tyollisyys.Web.Data;
using Tyollisyys.Web.Infrastructure.Audit;

namespace Tyollisyys.Web.Pages.JobSeekers.Journal;

/// <summary>
/// One version of a journal entry as a page shows it. <see cref="Text"/> is null when the entry is marked as
/// containing health information and the user may not see it: the text then never leaves the database.
/// </summary>
public sealed record JournalRow(
    long Id,
    Guid SeriesId,
    int Version,
    JournalEntryType Type,
    ContactChannel? Channel,
    DateOnly OccurredOn,
    string? Text,
    bool ContainsHealthInformation,
    string AuthorName,
    DateTimeOffset RecordedAt,
    string? CorrectionReason)
{
    public bool IsHidden => Text is null;

    /// <summary>A health-marked text that is on the page: each such showing is audited.</summary>
    public bool ShowsHealthText => ContainsHealthInformation && Text is not null;
}

/// <summary>One page of a client's journal: the current version of each entry, newest first.</summary>
public sealed record JournalPage(IReadOnlyList<JournalRow> Rows, int Total, int PageNumber, int PageCount);

/// <summary>What the client card's journal section shows: the latest entries, with the health rule applied.</summary>
public sealed record JournalCardSection(long ClientId, bool MaySeeSensitive, IReadOnlyList<JournalRow> Entries)
{
    /// <summary>The card page audits these (<see cref="JournalAudit.RecordHealthViews"/>) in its own view save.</summary>
    public IReadOnlyList<long> ShownHealthEntryIds => [.. Entries.Where(e => e.ShowsHealthText).Select(e => e.Id)];
}

/// <summary>The journal's reads: always one client, always projected, the health rule applied in SQL.</summary>
public static class JournalQueries
{
    public const int PageSize = 25;

    /// <summary>The current (highest) version of each of the client's entries; the (series_id, version) index answers the NOT EXISTS.</summary>
    public static IQueryable<JournalEntry> CurrentEntries(this AppDbContext db, long clientId) =>
        db.JournalEntries.Where(e => e.JobSeekerId == clientId
            && !db.JournalEntries.Any(newer => newer.SeriesId == e.SeriesId && newer.Version > e.Version));

    public static async Task<JournalPage> PageAsync(AppDbContext db, long clientId, bool maySeeSensitive, JournalEntryType? type, int pageNumber)
    {
        var current = db.CurrentEntries(clientId);
        if (type is { } only)
        {
            current = current.Where(e => e.Type == only);
        }

        var total = await current.CountAsync();
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        pageNumber = Math.Clamp(pageNumber, 1, pageCount);
        var rows = await Project(db, current.OrderByDescending(e => e.OccurredOn).ThenByDescending(e => e.Id), maySeeSensitive)
            .Skip((pageNumber - 1) * PageSize).Take(PageSize).ToListAsync();
        return new JournalPage(rows, total, pageNumber, pageCount);
    }

    /// <summary>The latest <paramref name="count"/> current entries, for the client card.</summary>
    public static async Task<JournalCardSection> LatestAsync(AppDbContext db, long clientId, bool maySeeSensitive, int count = 5)
    {
        var rows = await Project(db, db.CurrentEntries(clientId).OrderByDescending(e => e.OccurredOn).ThenByDescending(e => e.Id), maySeeSensitive)
            .Take(count).ToListAsync();
        return new JournalCardSection(clientId, maySeeSensitive, rows);
    }

    /// <summary>Every version of the entry's series, newest version first; empty if the entry is not this client's.</summary>
    public static async Task<IReadOnlyList<JournalRow>> HistoryAsync(AppDbContext db, long clientId, long entryId, bool maySeeSensitive)
    {
        var series = db.JournalEntries.Where(e => e.Id == entryId && e.JobSeekerId == clientId).Select(e => e.SeriesId);
        var versions = db.JournalEntries.Where(e => e.JobSeekerId == clientId && series.Contains(e.SeriesId)).OrderByDescending(e => e.Version);
        return await Project(db, versions, maySeeSensitive).ToListAsync();
    }

    private static IQueryable<JournalRow> Project(AppDbContext db, IQueryable<JournalEntry> entries, bool maySeeSensitive) =>
        entries.Select(e => new JournalRow(
            e.Id,
            e.SeriesId,
            e.Version,
            e.Type,
            e.Channel,
            e.OccurredOn,
            e.ContainsHealthInformation && !maySeeSensitive ? null : e.Text,
            e.ContainsHealthInformation,
            db.Users.Where(u => u.Id == e.AuthorId).Select(u => u.DisplayName).FirstOrDefault() ?? string.Empty,
            e.RecordedAt,
            e.CorrectionReason));
}

/// <summary>The audit rows that the journal's health rule asks for.</summary>
public static class JournalAudit
{
    /// <summary>One view row per health-marked text shown; added to the page's own save, not saved here.</summary>
    public static void RecordHealthViews(this AuditLog audit, long clientId, IEnumerable<long> entryIds)
    {
        foreach (var entryId in entryIds.Distinct())
        {
            audit.Record(AuditAction.View, "JournalEntry", entryId.ToString(CultureInfo.InvariantCulture), clientId: clientId, reason: "health-information");
        }
    }
}
