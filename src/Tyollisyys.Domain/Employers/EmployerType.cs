namespace Tyollisyys.Domain.Employers;

/// <summary>What kind of body the employer is; it decides what the employer may take part in.</summary>
public enum EmployerType
{
    Company = 1,
    Association = 2,
    Foundation = 3,
    PublicBody = 4,
    Other = 5,

    /// <summary>A household employer: in the registry, but never given kuntalisä and never a work-trial organiser.</summary>
    PrivatePerson = 6,
}

/// <summary>The language the employer's letters (e.g. kuntalisä decisions) are written in.</summary>
public enum LetterLanguage
{
    Finnish = 1,
    Swedish = 2,
}

public static class EmployerTypes
{
    /// <summary>Everyone but a private person (domain.md §4, issue 5).</summary>
    public static bool MayReceiveKuntalisa(this EmployerType type) => type.IsOrganisation();

    /// <summary>A work trial needs an organisation as organiser, never a private person (domain.md §5).</summary>
    public static bool MayOrganiseWorkTrial(this EmployerType type) => type.IsOrganisation();

    /// <summary>Associations and foundations: kuntalisä rules may give them higher maxima (e.g. Kajaani up to 100 %).</summary>
    public static bool IsThirdSector(this EmployerType type) => type is EmployerType.Association or EmployerType.Foundation;

    /// <summary>Organisations have a business ID; a private person has none.</summary>
    public static bool HasBusinessId(this EmployerType type) => type.IsOrganisation();

    private static bool IsOrganisation(this EmployerType type) =>
        type is EmployerType.Company or EmployerType.Association or EmployerType.Foundation or EmployerType.PublicBody or EmployerType.Other;
}
