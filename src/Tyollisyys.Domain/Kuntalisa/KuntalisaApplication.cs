using System.Globalization;
using Tyollisyys.Domain.Common;

namespace Tyollisyys.Domain.Kuntalisa;

/// <summary>The job-seeker's facts on the application date, as the eligibility check needs them.</summary>
public sealed record KuntalisaApplicant
{
    /// <summary>"Young" in kuntalisä rules: under 30 on the application date.</summary>
    public const int YoungUnderAge = 30;

    public KuntalisaApplicant(
        int age,
        int unemploymentDays,
        KuntalisaTargetGroups targetGroups,
        int homeMunicipalityId,
        bool hasStatePaySubsidy,
        int labourMarketSubsidyDays = 0)
    {
        if (age is < 0 or > 130)
        {
            throw new DomainException("Kuntalisa.Application.InvalidAge", "The applicant's age must be 0–130.");
        }

        if (unemploymentDays < 0 || labourMarketSubsidyDays < 0)
        {
            throw new DomainException("Kuntalisa.Application.InvalidDays", "Unemployment and subsidy days cannot be negative.");
        }

        Age = age;
        UnemploymentDays = unemploymentDays;
        LabourMarketSubsidyDays = labourMarketSubsidyDays;
        TargetGroups = targetGroups;
        HomeMunicipalityId = homeMunicipalityId;
        HasStatePaySubsidy = hasStatePaySubsidy;
    }

    /// <summary>Age in whole years on the application date.</summary>
    public int Age { get; }

    public int UnemploymentDays { get; }

    public int LabourMarketSubsidyDays { get; }

    public KuntalisaTargetGroups TargetGroups { get; }

    public int HomeMunicipalityId { get; }

    /// <summary>The same employment has (or will have) the state pay subsidy, palkkatuki.</summary>
    public bool HasStatePaySubsidy { get; }

    /// <summary>
    /// The target groups from the client card's facts, so every page derives them the same way: young by age,
    /// long-term unemployed from the unemployment run (JobSeekerFacts), the rest from the job-seeker's flags.
    /// </summary>
    public static KuntalisaTargetGroups TargetGroupsFrom(
        int age,
        bool isLongTermUnemployed,
        bool isImmigrant,
        bool hasPartialWorkAbility,
        bool isDisabledOrLongTermIll)
    {
        var groups = KuntalisaTargetGroups.None;
        groups |= age < YoungUnderAge ? KuntalisaTargetGroups.Young : KuntalisaTargetGroups.None;
        groups |= isLongTermUnemployed ? KuntalisaTargetGroups.LongTermUnemployed : KuntalisaTargetGroups.None;
        groups |= isImmigrant ? KuntalisaTargetGroups.Immigrant : KuntalisaTargetGroups.None;
        groups |= hasPartialWorkAbility ? KuntalisaTargetGroups.PartialWorkAbility : KuntalisaTargetGroups.None;
        groups |= isDisabledOrLongTermIll ? KuntalisaTargetGroups.DisabledOrLongTermIll : KuntalisaTargetGroups.None;
        return groups;
    }

    public int DaysOn(UnemploymentDayBasis basis) =>
        basis == UnemploymentDayBasis.LabourMarketSubsidyDays ? LabourMarketSubsidyDays : UnemploymentDays;
}

/// <summary>The employment the subsidy is for. <see cref="End"/> is the last day of a fixed term; null when open-ended.</summary>
public sealed record KuntalisaEmployment
{
    public const decimal MaxWeeklyHours = 80;

    public KuntalisaEmployment(DateOnly start, DateOnly? end, decimal weeklyHours, decimal grossMonthlyPay, decimal monthlyEmployerCosts = 0)
    {
        if (end < start)
        {
            throw new DomainException(
                "Kuntalisa.Application.EmploymentEndsBeforeStart",
                string.Create(CultureInfo.InvariantCulture, $"The employment cannot end ({end:yyyy-MM-dd}) before it starts ({start:yyyy-MM-dd})."));
        }

        if (weeklyHours is <= 0 or > MaxWeeklyHours)
        {
            throw new DomainException(
                "Kuntalisa.Application.InvalidWeeklyHours",
                string.Create(CultureInfo.InvariantCulture, $"Weekly hours must be more than 0 and at most {MaxWeeklyHours}."),
                MaxWeeklyHours);
        }

        if (grossMonthlyPay <= 0 || monthlyEmployerCosts < 0)
        {
            throw new DomainException("Kuntalisa.Application.InvalidPay", "The gross monthly pay must be more than zero and the employer's costs not negative.");
        }

        Start = start;
        End = end;
        WeeklyHours = weeklyHours;
        GrossMonthlyPay = grossMonthlyPay;
        MonthlyEmployerCosts = monthlyEmployerCosts;
    }

    public DateOnly Start { get; }

    public DateOnly? End { get; }

    public decimal WeeklyHours { get; }

    public decimal GrossMonthlyPay { get; }

    /// <summary>The employer's side costs a month (pension, insurance...), for rules that pay a share of costs.</summary>
    public decimal MonthlyEmployerCosts { get; }

    public bool IsOpenEnded => End is null;

    /// <summary>
    /// Whole months the employment lasts: 1.3.–31.8. is 6, 1.3.–30.8. is 5. Null when open-ended. A month runs from the
    /// start day to the day before the same day next month (<see cref="DateOnly.AddMonths"/>: 31.1. + 1 month = 28.2.).
    /// </summary>
    public int? FullMonths
    {
        get
        {
            if (End is not { } end)
            {
                return null;
            }

            var months = ((end.Year - Start.Year) * 12) + end.Month - Start.Month + 1;
            while (months > 0 && !LastsAtLeast(months))
            {
                months--;
            }

            return months;
        }
    }

    /// <summary>True when the employment (as planned) covers <paramref name="months"/> whole months; always for open-ended.</summary>
    public bool LastsAtLeast(int months) => End is not { } end || Start.AddMonths(months).AddDays(-1) <= end;
}

/// <summary>An employer's kuntalisä application: the input to the eligibility check and the calculation.</summary>
public sealed record KuntalisaApplication
{
    public const int MaxRequestedMonths = 36;

    public KuntalisaApplication(
        DateOnly applicationDate,
        KuntalisaApplicant applicant,
        KuntalisaEmployerCategory employerCategory,
        KuntalisaEmployment employment,
        decimal? requestedPercent,
        int requestedMonths)
    {
        ArgumentNullException.ThrowIfNull(applicant);
        ArgumentNullException.ThrowIfNull(employment);
        if (!Enum.IsDefined(employerCategory))
        {
            throw new ArgumentOutOfRangeException(nameof(employerCategory));
        }

        CheckRequest(requestedPercent, requestedMonths);

        ApplicationDate = applicationDate;
        Applicant = applicant;
        EmployerCategory = employerCategory;
        Employment = employment;
        RequestedPercent = requestedPercent;
        RequestedMonths = requestedMonths;
    }

    public DateOnly ApplicationDate { get; }

    public KuntalisaApplicant Applicant { get; }

    public KuntalisaEmployerCategory EmployerCategory { get; }

    public KuntalisaEmployment Employment { get; }

    /// <summary>Needed for a percentage rule; ignored by a fixed-sum rule.</summary>
    public decimal? RequestedPercent { get; }

    public int RequestedMonths { get; }

    /// <summary>The checks on the requested percentage and months, shared with <see cref="KuntalisaDecision"/>'s draft.</summary>
    internal static void CheckRequest(decimal? requestedPercent, int requestedMonths)
    {
        if (requestedPercent is <= 0 or > 100)
        {
            throw new DomainException("Kuntalisa.Application.InvalidPercentage", "The requested percentage must be more than 0 and at most 100.");
        }

        if (requestedMonths is < 1 or > MaxRequestedMonths)
        {
            throw new DomainException(
                "Kuntalisa.Application.InvalidMonths",
                string.Create(CultureInfo.InvariantCulture, $"The requested months must be 1–{MaxRequestedMonths}."),
                MaxRequestedMonths);
        }
    }
}
