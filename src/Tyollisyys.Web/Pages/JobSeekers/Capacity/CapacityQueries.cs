using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Tyollisyys.Domain.Capacity;
using Tyollisyys.Web.Data;

namespace Tyollisyys.Web.Pages.JobSeekers.Capacity;

/// <summary>A capacity domain as forms and tables show it, named in the user's language.</summary>
public sealed record CapacityDomainOption(int Id, string Name, int Ordinal, bool IsActive);

/// <summary>One saved assessment with its ratings by domain id.</summary>
public sealed record AssessmentView(long Id, DateOnly AssessedOn, string AuthorName, string? Summary, IReadOnlyDictionary<int, CapacityRating> Ratings);

/// <summary>A client's assessments over time: the domains rated (in their order), the assessments oldest first, and the trends.</summary>
public sealed record CapacityHistory(
    IReadOnlyList<CapacityDomainOption> Domains,
    IReadOnlyList<AssessmentView> Assessments,
    IReadOnlyDictionary<int, DomainTrend> Trends);

/// <summary>One domain's row in the card section: the latest rating and its change from the previous assessment.</summary>
public sealed record CapacityCardRow(string DomainName, int Rating, CapacityChange? Change);

/// <summary>What the client card's capacity section shows: the latest assessment, compared with the one before.</summary>
public sealed record CapacityCardSection(long ClientId, DateOnly? LatestAssessedOn, int AssessmentCount, IReadOnlyList<CapacityCardRow> Rows);

public static class CapacityQueries
{
    /// <summary>Domains in their order; only active ones unless <paramref name="alsoInactive"/>.</summary>
    public static async Task<IReadOnlyList<CapacityDomainOption>> DomainsAsync(AppDbContext db, bool alsoInactive = false)
    {
        var rows = await db.CapacityDomains.AsNoTracking()
            .Where(d => alsoInactive || d.IsActive)
            .OrderBy(d => d.Ordinal).ThenBy(d => d.Id)
            .ToListAsync();
        return [.. rows.Select(d => new CapacityDomainOption(d.Id, d.Name(CultureInfo.CurrentUICulture), d.Ordinal, d.IsActive))];
    }

    /// <summary>Every assessment of the client (a handful per coaching period), with the trend of each domain.</summary>
    public static async Task<CapacityHistory> HistoryAsync(AppDbContext db, long clientId)
    {
        var assessments = await db.CapacityAssessments.AsNoTracking()
            .Include(a => a.Ratings)
            .Where(a => a.JobSeekerId == clientId)
            .OrderBy(a => a.AssessedOn).ThenBy(a => a.RecordedAt).ThenBy(a => a.Id)
            .ToListAsync();
        var authorIds = assessments.Select(a => a.AuthorId).Distinct().ToList();
        var authors = await db.Users.AsNoTracking().Where(u => authorIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName);
        var rated = assessments.SelectMany(a => a.Ratings.Select(r => r.DomainId)).ToHashSet();
        var domains = (await DomainsAsync(db, alsoInactive: true)).Where(d => rated.Contains(d.Id)).ToList();
        var views = assessments
            .Select(a => new AssessmentView(a.Id, a.AssessedOn, authors.GetValueOrDefault(a.AuthorId, string.Empty), a.Summary, a.Ratings.ToDictionary(r => r.DomainId)))
            .ToList();
        return new CapacityHistory(domains, views, CapacityTrend.Of(assessments).ToDictionary(t => t.DomainId));
    }

    /// <summary>The card section: the latest assessment's ratings, each with its change from the previous rating of that domain.</summary>
    public static async Task<CapacityCardSection> LatestAsync(AppDbContext db, long clientId)
    {
        var history = await HistoryAsync(db, clientId);
        if (history.Assessments.Count == 0)
        {
            return new CapacityCardSection(clientId, null, 0, []);
        }

        var latest = history.Assessments[^1];
        var rows = history.Domains
            .Where(d => latest.Ratings.ContainsKey(d.Id))
            .Select(d => new CapacityCardRow(d.Name, latest.Ratings[d.Id].Rating, history.Trends[d.Id].Recent))
            .ToList();
        return new CapacityCardSection(clientId, latest.AssessedOn, history.Assessments.Count, rows);
    }
}
