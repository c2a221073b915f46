namespace Tyollisyys.Domain.Kuntalisa;

/// <summary>
/// The kind of employer as kuntalisä rules see it. Associations and foundations are one category (third sector),
/// because that is how municipal rules grant them more (domain.md §4). A private person is never eligible.
/// </summary>
public enum KuntalisaEmployerCategory
{
    Company = 1,
    ThirdSector = 2,
    PublicBody = 3,
    Other = 4,
    PrivatePerson = 5,
}

/// <summary>The employer categories a rule accepts. <see cref="KuntalisaEmployerCategory.PrivatePerson"/> has no flag on purpose.</summary>
[Flags]
public enum KuntalisaEmployerCategories
{
    None = 0,
    Company = 1,
    ThirdSector = 2,
    PublicBody = 4,
    Other = 8,
}

/// <summary>Target groups a rule may name; an applicant carries the flags that apply to them.</summary>
[Flags]
public enum KuntalisaTargetGroups
{
    None = 0,

    /// <summary>Pitkäaikaistyötön: unemployed 12 months continuously (or 12 of the last 16).</summary>
    LongTermUnemployed = 1,

    /// <summary>Nuori: under 30 on the application date.</summary>
    Young = 2,

    /// <summary>Maahanmuuttaja: immigrant or foreign-language speaker.</summary>
    Immigrant = 4,

    /// <summary>Osatyökykyinen: partial work ability.</summary>
    PartialWorkAbility = 8,

    /// <summary>Vammainen tai pitkäaikaissairas.</summary>
    DisabledOrLongTermIll = 16,
}

/// <summary>How a rule treats the state pay subsidy (palkkatuki) for the same employment.</summary>
public enum StatePaySubsidyRule
{
    Allowed = 1,
    Required = 2,
    Forbidden = 3,
}

/// <summary>Which days a minimum-days predicate counts: unemployment days, or labour-market subsidy days (Tampere).</summary>
public enum UnemploymentDayBasis
{
    UnemploymentDays = 1,
    LabourMarketSubsidyDays = 2,
}

public enum KuntalisaAmountMode
{
    /// <summary>A percentage of the monthly pay base, chosen within the rule's range.</summary>
    PercentageOfPay = 1,

    /// <summary>A fixed sum per month, whatever the pay.</summary>
    FixedMonthly = 2,
}

/// <summary>What a percentage is taken of: gross pay, or gross pay plus the employer's side costs (Helsinki: "costs").</summary>
public enum PercentageBase
{
    GrossPay = 1,
    GrossPayAndEmployerCosts = 2,
}

/// <summary>When the employer must apply relative to the start of the employment.</summary>
public enum ApplicationTiming
{
    Any = 1,

    /// <summary>The application must precede the first day of employment (the day before at the latest).</summary>
    BeforeStart = 2,

    /// <summary>The application may come up to N months after the start (Tampere: 2).</summary>
    WithinMonthsOfStart = 3,
}

public static class KuntalisaEmployerCategoryExtensions
{
    /// <summary>The flag of a category in a rule's accepted set; none for a private person.</summary>
    public static KuntalisaEmployerCategories AsFlag(this KuntalisaEmployerCategory category) => category switch
    {
        KuntalisaEmployerCategory.Company => KuntalisaEmployerCategories.Company,
        KuntalisaEmployerCategory.ThirdSector => KuntalisaEmployerCategories.ThirdSector,
        KuntalisaEmployerCategory.PublicBody => KuntalisaEmployerCategories.PublicBody,
        KuntalisaEmployerCategory.Other => KuntalisaEmployerCategories.Other,
        _ => KuntalisaEmployerCategories.None,
    };
}
