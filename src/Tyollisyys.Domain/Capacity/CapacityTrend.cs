namespace Tyollisyys.Domain.Capacity;

/// <summary>Which way a rating moved: a higher rating is better functional capacity.</summary>
public enum CapacityDirection
{
    Worse = -1,
    Same = 0,
    Improved = 1,
}

/// <summary>One rating of a domain on an assessment's date.</summary>
public sealed record CapacityPoint(DateOnly AssessedOn, long AssessmentId, int Rating);

/// <summary>A move from one rating to another, e.g. 2 → 4 (+2, improved).</summary>
public sealed record CapacityChange(int From, int To)
{
    public int Difference => To - From;

    public CapacityDirection Direction => (CapacityDirection)Math.Sign(Difference);
}

/// <summary>
/// A domain's ratings over time, oldest first; <see cref="Overall"/> compares the first with the latest,
/// <see cref="Recent"/> the latest with the one before. Both are null while there is only one rating.
/// </summary>
public sealed record DomainTrend(int DomainId, IReadOnlyList<CapacityPoint> Points)
{
    public CapacityPoint Latest => Points[^1];

    public CapacityChange? Overall => Points.Count < 2 ? null : new CapacityChange(Points[0].Rating, Latest.Rating);

    public CapacityChange? Recent => Points.Count < 2 ? null : new CapacityChange(Points[^2].Rating, Latest.Rating);
}

/// <summary>The change over time of a client's functional capacity, computed from their assessments.</summary>
public static class CapacityTrend
{
    /// <summary>
    /// Per rated domain, the dated series of its ratings (assessments in date order; on the same date the one
    /// recorded later counts as later). Domains come in order of their id; callers sort by their own ordinal.
    /// </summary>
    public static IReadOnlyList<DomainTrend> Of(IEnumerable<FunctionalCapacityAssessment> assessments) =>
        [.. assessments
            .OrderBy(a => a.AssessedOn).ThenBy(a => a.RecordedAt).ThenBy(a => a.Id)
            .SelectMany(a => a.Ratings.Select(r => (r.DomainId, Point: new CapacityPoint(a.AssessedOn, a.Id, r.Rating))))
            .GroupBy(x => x.DomainId)
            .OrderBy(g => g.Key)
            .Select(g => new DomainTrend(g.Key, [.. g.Select(x => x.Point)]))];
}
