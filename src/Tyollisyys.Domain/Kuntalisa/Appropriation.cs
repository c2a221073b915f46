using System.Globalization;
using Tyollisyys.Domain.Common;

namespace Tyollisyys.Domain.Kuntalisa;

/// <summary>
/// Määräraha: what a municipality has budgeted for kuntalisä in one year. Approved decisions commit against the
/// appropriation of their approval year (<see cref="KuntalisaDecision.NumberYear"/>). One per municipality and
/// year (the database enforces that). It may be raised at any time, and lowered only down to what is committed.
/// </summary>
public sealed class Appropriation
{
    public const int FirstYear = KuntalisaDecisionNumber.MinYear;

    public const int LastYear = KuntalisaDecisionNumber.MaxYear;

    /// <summary>A hundred million euros: far above any municipality's kuntalisä budget, so it only catches typing errors.</summary>
    public const decimal MaxAmount = 100_000_000m;

    private Appropriation()
    {
    }

    public Appropriation(int municipalityId, int year, decimal amount)
    {
        if (year is < KuntalisaDecisionNumber.MinYear or > KuntalisaDecisionNumber.MaxYear)
        {
            throw new DomainException(
                "Kuntalisa.Appropriation.InvalidYear",
                string.Create(CultureInfo.InvariantCulture, $"An appropriation's year lies within {KuntalisaDecisionNumber.MinYear}–{KuntalisaDecisionNumber.MaxYear} (got {year})."),
                KuntalisaDecisionNumber.MinYear,
                KuntalisaDecisionNumber.MaxYear);
        }

        MunicipalityId = municipalityId;
        Year = year;
        Amount = Checked(amount);
    }

    public int Id { get; private set; }

    public int MunicipalityId { get; private set; }

    public int Year { get; private set; }

    /// <summary>Euros, rounded to cents.</summary>
    public decimal Amount { get; private set; }

    /// <summary>
    /// Refuses lowering the appropriation below <paramref name="committed"/> (the sum of the year's decisions'
    /// commitments, read under the same lock as approvals). Raising, or lowering within the free part, passes.
    /// </summary>
    public static void EnsureCanLowerTo(decimal amount, decimal committed)
    {
        if (amount < committed)
        {
            throw new DomainException(
                "Kuntalisa.Appropriation.BelowCommitted",
                string.Create(CultureInfo.InvariantCulture, $"The appropriation cannot be lowered to {amount:0.00} €: {committed:0.00} € is already committed."),
                amount,
                committed);
        }
    }

    /// <summary>Sets a new amount (a council's budget change). Check <see cref="EnsureCanLowerTo"/> first when lowering.</summary>
    public void Revise(decimal amount) => Amount = Checked(amount);

    /// <summary>Revises, refusing an amount below <paramref name="committed"/>.</summary>
    public void Revise(decimal amount, decimal committed)
    {
        var checkedAmount = Checked(amount);
        EnsureCanLowerTo(checkedAmount, committed);
        Amount = checkedAmount;
    }

    private static decimal Checked(decimal amount)
    {
        var cents = KuntalisaAmount.Cents(amount);
        if (cents <= 0m || cents > MaxAmount)
        {
            throw new DomainException(
                "Kuntalisa.Appropriation.InvalidAmount",
                string.Create(CultureInfo.InvariantCulture, $"An appropriation is more than 0 and at most {MaxAmount:0} € (got {amount})."),
                MaxAmount);
        }

        return cents;
    }
}
