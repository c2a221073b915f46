using System.Globalization;
using Tyollisyys.Domain.Common;

namespace Tyollisyys.Domain.Kuntalisa;

/// <summary>An inclusive range of ages in whole years, e.g. 18–29.</summary>
public sealed record AgeBand
{
    public const int LowestAge = 15;

    public const int HighestAge = 100;

    public AgeBand(int minAge, int maxAge)
    {
        if (minAge < LowestAge || maxAge > HighestAge || minAge > maxAge)
        {
            throw new DomainException(
                "Kuntalisa.Rule.InvalidAgeBand",
                string.Create(CultureInfo.InvariantCulture, $"An age band runs from {LowestAge} to {HighestAge} with its lower end first (got {minAge}–{maxAge})."),
                LowestAge,
                HighestAge);
        }

        MinAge = minAge;
        MaxAge = maxAge;
    }

    public int MinAge { get; private set; }

    public int MaxAge { get; private set; }

    public bool Contains(int age) => age >= MinAge && age <= MaxAge;

    /// <summary>"18–29": digits only, so the same in every language.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{MinAge}–{MaxAge}");
}
