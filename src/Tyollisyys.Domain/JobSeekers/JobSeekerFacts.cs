namespace Tyollisyys.Domain.JobSeekers;

/// <summary>
/// What the client card shows as badges, computed for a given day (domain.md §3): age, unemployment
/// duration, long-term unemployment (12 months continuous), under 25, TYP screening due (12 months
/// unemployed at 25 or older, 6 months under 25) and the municipal financing share (from day 100).
/// </summary>
public sealed record JobSeekerFacts(
    int Age,
    int? UnemploymentDays,
    bool IsUnder25,
    bool IsLongTermUnemployed,
    bool IsTypScreeningDue,
    bool IsMunicipalFinancingShareRunning,
    DateOnly? LongTermUnemploymentFrom,
    DateOnly? TypScreeningFrom,
    DateOnly? FinancingShareFrom)
{
    public const int FinancingShareDay = 100;

    public static JobSeekerFacts For(DateOnly birthDate, DateOnly? unemployedSince, DateOnly today)
    {
        var age = AgeOn(birthDate, today);
        if (unemployedSince is not { } since || since > today)
        {
            return new JobSeekerFacts(age, null, age < 25, false, false, false, null, null, null);
        }

        var longTermFrom = since.AddMonths(12);
        var typMonths = AgeOn(birthDate, today) < 25 ? 6 : 12;
        var typFrom = since.AddMonths(typMonths);
        // Day 1 is the first day unemployed, so day 100 falls 99 days after it.
        var financingFrom = since.AddDays(FinancingShareDay - 1);
        var days = today.DayNumber - since.DayNumber + 1;
        return new JobSeekerFacts(
            age,
            days,
            age < 25,
            today >= longTermFrom,
            today >= typFrom,
            today >= financingFrom,
            longTermFrom,
            typFrom,
            financingFrom);
    }

    public static int AgeOn(DateOnly birthDate, DateOnly day)
    {
        var age = day.Year - birthDate.Year;
        return birthDate.AddYears(age) > day ? age - 1 : age;
    }
}
