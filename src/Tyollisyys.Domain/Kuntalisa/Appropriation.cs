using System.Globalization;
using Tyollisyys.Domain.Common;

namespace Tyollisyys.Domain.Kuntalisa;

/// <summary>
/// Määräraha: the sum a municipality has set aside for kuntalisä in one year. One per municipality and year;
/// decisions approved that year are committed against it.
/// </summary>
public sealed class Appropriation
{
    public const int FirstYear = 2000;

    public const int LastYear = 2100;

    /// <summary>A hundred million euros: far above any municipality's kuntalisä budget, so it only catches typing errors.</summary>
    public const decimal MaxAmount = 100_000_000m;

    private Appropriation()
    {
    }

    public Appropriation(int municipalityId, int year, decimal amount)
    {
        if (year is < FirstYear or > LastYear)
        {
            throw new DomainException(
                "Kuntalisa.Appropriation.InvalidYear",
                string.Create(CultureInfo.InvariantCulture, $"The year of an appropriation must be {FirstYear}–{LastYear} (got {year})."),
                FirstYear,
                LastYear);
        }

        MunicipalityId = municipalityId;
        Year = year;
        Amount = Valid(amount);
    }

    public int Id { get; private set; }

    public int MunicipalityId { get; private set; }

    public int Year { get; private set; }

    /// <summary>In euros and cents.</summary>
    public decimal Amount { get; private set; }

    /// <summary>The council revised the budget (e.g. a supplementary budget); the year and municipality stay.</summary>
    public void Revise(decimal amount) => Amount = Valid(amount);

    private static decimal Valid(decimal amount)
    {
        var cents = Math.Round(amount, 2, MidpointRounding.AwayFromZero);
        if (cents <= 0 || cents > MaxAmount)
        {
            throw new DomainException(
                "Kuntalisa.Appropriation.InvalidAmount",
                string.Create(CultureInfo.InvariantCulture, $"An appropriation must be more than 0 and at most {MaxAmount} euros (got {amount})."),
                MaxAmount);
        }

        return cents;
    }
}
