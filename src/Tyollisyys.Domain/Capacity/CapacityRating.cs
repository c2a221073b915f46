using Tyollisyys.Domain.Common;

namespace Tyollisyys.Domain.Capacity;

/// <summary>
/// One domain's rating in an assessment: 1 (weak functional capacity) to 5 (good), with an optional
/// observation that explains it.
/// </summary>
public sealed class CapacityRating
{
    public const int Lowest = 1;
    public const int Highest = 5;
    public const int MaxObservationLength = 10_000;

    public CapacityRating(int domainId, int rating, string? observation)
    {
        if (rating is < Lowest or > Highest)
        {
            throw new DomainException("Capacity.RatingOutOfRange", "A rating is from 1 to 5.", Lowest, Highest);
        }

        DomainId = domainId;
        Rating = rating;
        Observation = string.IsNullOrWhiteSpace(observation) ? null : observation.Trim();
        if (Observation is { Length: > MaxObservationLength })
        {
            throw new DomainException("Validation.TooLong", $"An observation is longer than {MaxObservationLength} characters.", MaxObservationLength);
        }
    }

    public long Id { get; private set; }

    public long AssessmentId { get; private set; }

    public int DomainId { get; private set; }

    public int Rating { get; private set; }

    public string? Observation { get; private set; }
}
