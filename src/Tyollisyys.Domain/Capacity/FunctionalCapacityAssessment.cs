using Tyollisyys.Domain.Common;

namespace Tyollisyys.Domain.Capacity;

/// <summary>
/// Toimintakyvyn arviointi: ratings of a client's functional capacity on a date. Repeated at the start,
/// middle and end of a coaching period; never edited after it is saved (a new assessment is the correction).
/// </summary>
public sealed class FunctionalCapacityAssessment
{
    public const int MaxSummaryLength = 20_000;

    private readonly List<CapacityRating> _ratings = [];

    private FunctionalCapacityAssessment()
    {
    }

    public long Id { get; private set; }

    public long JobSeekerId { get; private set; }

    public DateOnly AssessedOn { get; private set; }

    public Guid AuthorId { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    public string? Summary { get; private set; }

    public IReadOnlyList<CapacityRating> Ratings => _ratings;

    public static FunctionalCapacityAssessment Record(
        long jobSeekerId,
        DateOnly assessedOn,
        string? summary,
        IEnumerable<CapacityRating> ratings,
        Guid authorId,
        DateTimeOffset recordedAt,
        DateOnly today)
    {
        if (assessedOn > today)
        {
            throw new DomainException("Capacity.DateInFuture", "An assessment cannot be dated in the future.");
        }

        if (assessedOn < new DateOnly(2000, 1, 1))
        {
            throw new DomainException("Capacity.DateTooOld", "An assessment cannot be dated before 1.1.2000.", new DateOnly(2000, 1, 1));
        }

        var list = ratings.ToList();
        if (list.Count == 0)
        {
            throw new DomainException("Capacity.NoRatings", "An assessment rates at least one domain.");
        }

        if (list.GroupBy(r => r.DomainId).Any(g => g.Count() > 1))
        {
            throw new DomainException("Capacity.DomainTwice", "An assessment rates each domain at most once.");
        }

        var trimmed = string.IsNullOrWhiteSpace(summary) ? null : summary.Trim();
        if (trimmed is { Length: > MaxSummaryLength })
        {
            throw new DomainException("Validation.TooLong", $"The summary is longer than {MaxSummaryLength} characters.", MaxSummaryLength);
        }

        var assessment = new FunctionalCapacityAssessment
        {
            JobSeekerId = jobSeekerId,
            AssessedOn = assessedOn,
            Summary = trimmed,
            AuthorId = authorId,
            RecordedAt = recordedAt,
        };
        assessment._ratings.AddRange(list);
        return assessment;
    }

    public CapacityRating? RatingFor(int domainId) => _ratings.FirstOrDefault(r => r.DomainId == domainId);
}
