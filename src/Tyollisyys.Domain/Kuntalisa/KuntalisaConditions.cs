using System.Globalization;
using Tyollisyys.Domain.Common;

namespace Tyollisyys.Domain.Kuntalisa;

/// <summary>What the employment and the application must meet: hours, timing, employer categories.</summary>
public sealed class KuntalisaConditions
{
    public const decimal MaxWeeklyHours = 60;

    public const int MaxApplicationMonths = 24;

    private KuntalisaConditions()
    {
    }

    public KuntalisaConditions(
        KuntalisaEmployerCategories allowedEmployers,
        decimal? minimumWeeklyHours = null,
        ApplicationTiming applicationTiming = ApplicationTiming.Any,
        int? applyWithinMonths = null,
        bool notForWageCosts = false)
    {
        if ((allowedEmployers & ~(KuntalisaEmployerCategories.Company | KuntalisaEmployerCategories.ThirdSector | KuntalisaEmployerCategories.PublicBody | KuntalisaEmployerCategories.Other)) != 0
            || allowedEmployers == KuntalisaEmployerCategories.None)
        {
            throw new DomainException("Kuntalisa.Rule.NoEmployerCategories", "A rule must accept at least one employer category.");
        }

        if (minimumWeeklyHours is <= 0 or > MaxWeeklyHours)
        {
            throw new DomainException(
                "Kuntalisa.Rule.InvalidWeeklyHours",
                string.Create(CultureInfo.InvariantCulture, $"The minimum weekly hours must be more than 0 and at most {MaxWeeklyHours}."),
                MaxWeeklyHours);
        }

        var windowValid = applicationTiming switch
        {
            ApplicationTiming.Any or ApplicationTiming.BeforeStart => applyWithinMonths is null,
            ApplicationTiming.WithinMonthsOfStart => applyWithinMonths is >= 1 and <= MaxApplicationMonths,
            _ => false,
        };
        if (!windowValid)
        {
            throw new DomainException(
                "Kuntalisa.Rule.InvalidApplicationWindow",
                string.Create(CultureInfo.InvariantCulture, $"An application window after the start is 1–{MaxApplicationMonths} months, and only that timing has one."),
                MaxApplicationMonths);
        }

        AllowedEmployers = allowedEmployers;
        MinimumWeeklyHours = minimumWeeklyHours;
        ApplicationTiming = applicationTiming;
        ApplyWithinMonths = applyWithinMonths;
        NotForWageCosts = notForWageCosts;
    }

    public KuntalisaEmployerCategories AllowedEmployers { get; private set; }

    public decimal? MinimumWeeklyHours { get; private set; }

    public ApplicationTiming ApplicationTiming { get; private set; }

    public int? ApplyWithinMonths { get; private set; }

    /// <summary>
    /// The sum may not be used for wages (Sotkamo): a condition printed on the decision letter, the employer
    /// answers for it. It changes no calculation.
    /// </summary>
    public bool NotForWageCosts { get; private set; }
}
