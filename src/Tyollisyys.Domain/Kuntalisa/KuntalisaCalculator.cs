using Tyollisyys.Domain.Common;

namespace Tyollisyys.Domain.Kuntalisa;

public enum CalculationNoteKind
{
    PercentageRaisedToMinimum = 1,
    PercentageLimitedToMaximum = 2,
    PercentageLimitedToEmployerMaximum = 3,
    MonthlyCapApplied = 4,
    MonthsRaisedToMinimum = 5,
    MonthsLimitedToMaximum = 6,
    MonthsLimitedByEmployment = 7,
    TotalCapApplied = 8,
    BonusIfEmploymentLasts = 9,
    BonusNotPossible = 10,
}

/// <summary>A step that changed or qualified the amount, with a resource key (Kuntalisa.Calculation.{Kind}) and its numbers.</summary>
public sealed record CalculationNote(CalculationNoteKind Kind, IReadOnlyList<object> Args)
{
    public string ReasonKey => "Kuntalisa.Calculation." + Kind;
}

/// <summary>
/// The computed grant. <see cref="Total"/> is the sum of the monthly payments after the total cap; the
/// <see cref="Bonus"/> is a one-off paid on top only if the employment lasts the rule's months, so it is
/// reported apart (and <see cref="TotalWithBonus"/> is the most the decision can cost).
/// </summary>
public sealed record KuntalisaCalculation(
    decimal? Percent,
    decimal MonthlyBase,
    decimal MonthlyAmount,
    int Months,
    decimal Total,
    decimal Bonus,
    IReadOnlyList<CalculationNote> Notes)
{
    public decimal TotalWithBonus => Total + Bonus;

    public bool Has(CalculationNoteKind kind) => Notes.Any(n => n.Kind == kind);
}

/// <summary>
/// Computes the grant an application would get under a rule version, whether or not it is eligible (the page
/// shows both). Order: percentage within the range and the employer category's maximum → monthly amount
/// (rounded to cents) → monthly cap → months within the range and the employment's whole months → total cap → bonus.
/// </summary>
public static class KuntalisaCalculator
{
    public static KuntalisaCalculation Calculate(KuntalisaRuleVersion rule, KuntalisaApplication application)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(application);

        var amount = rule.Amount;
        var employment = application.Employment;
        var notes = new List<CalculationNote>();

        decimal? percent = null;
        decimal monthlyBase = 0;
        decimal monthly;
        if (amount.Mode == KuntalisaAmountMode.PercentageOfPay)
        {
            percent = Percent(amount, application, notes);
            monthlyBase = amount.PercentageBase == PercentageBase.GrossPayAndEmployerCosts
                ? employment.GrossMonthlyPay + employment.MonthlyEmployerCosts
                : employment.GrossMonthlyPay;
            monthly = KuntalisaAmount.Cents(monthlyBase * percent.Value / 100m);
        }
        else
        {
            monthly = amount.FixedMonthlyAmount!.Value;
        }

        if (amount.MonthlyCap is { } monthlyCap && monthly > monthlyCap)
        {
            notes.Add(new CalculationNote(CalculationNoteKind.MonthlyCapApplied, [monthly, monthlyCap]));
            monthly = monthlyCap;
        }

        var months = Months(amount, application, notes);

        var total = monthly * months;
        if (amount.TotalCap is { } totalCap && total > totalCap)
        {
            notes.Add(new CalculationNote(CalculationNoteKind.TotalCapApplied, [total, totalCap]));
            total = totalCap;
        }

        decimal bonus = 0;
        if (amount.BonusAmount is { } bonusAmount && amount.BonusAfterMonths is { } bonusMonths)
        {
            if (employment.LastsAtLeast(bonusMonths))
            {
                bonus = bonusAmount;
                notes.Add(new CalculationNote(CalculationNoteKind.BonusIfEmploymentLasts, [bonusAmount, bonusMonths]));
            }
            else
            {
                notes.Add(new CalculationNote(CalculationNoteKind.BonusNotPossible, [bonusAmount, bonusMonths, employment.FullMonths!.Value]));
            }
        }

        return new KuntalisaCalculation(percent, monthlyBase, monthly, months, total, bonus, notes);
    }

    private static decimal Percent(KuntalisaAmount amount, KuntalisaApplication application, List<CalculationNote> notes)
    {
        var requested = application.RequestedPercent
            ?? throw new DomainException("Kuntalisa.Application.PercentageRequired", "A percentage rule needs a requested percentage.");
        var minimum = amount.MinPercent!.Value;
        var maximum = amount.MaxPercentFor(application.EmployerCategory)!.Value;

        if (requested < minimum)
        {
            notes.Add(new CalculationNote(CalculationNoteKind.PercentageRaisedToMinimum, [requested, minimum]));
            return minimum;
        }

        if (requested > maximum)
        {
            var kind = amount.CategoryMaxima.Any(m => m.Category == application.EmployerCategory)
                ? CalculationNoteKind.PercentageLimitedToEmployerMaximum
                : CalculationNoteKind.PercentageLimitedToMaximum;
            notes.Add(new CalculationNote(kind, [requested, maximum]));
            return maximum;
        }

        return requested;
    }

    private static int Months(KuntalisaAmount amount, KuntalisaApplication application, List<CalculationNote> notes)
    {
        var months = application.RequestedMonths;
        if (months < amount.MinMonths)
        {
            notes.Add(new CalculationNote(CalculationNoteKind.MonthsRaisedToMinimum, [months, amount.MinMonths]));
            months = amount.MinMonths;
        }
        else if (months > amount.MaxMonths)
        {
            notes.Add(new CalculationNote(CalculationNoteKind.MonthsLimitedToMaximum, [months, amount.MaxMonths]));
            months = amount.MaxMonths;
        }

        // Kuntalisä is paid for months of employment: a fixed term shorter than the grant shortens it.
        if (application.Employment.FullMonths is { } employmentMonths && months > employmentMonths)
        {
            notes.Add(new CalculationNote(CalculationNoteKind.MonthsLimitedByEmployment, [months, employmentMonths]));
            months = employmentMonths;
        }

        return months;
    }
}
