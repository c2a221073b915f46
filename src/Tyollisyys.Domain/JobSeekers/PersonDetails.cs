namespace Tyollisyys.Domain.JobSeekers;

/// <summary>The editable facts about a person, as one value so create and edit share one rule set.</summary>
public sealed record PersonDetails(
    string FirstNames,
    string LastName,
    string? Phone,
    string? Email,
    string? StreetAddress,
    string? PostalCode,
    string? PostOffice,
    int HomeMunicipalityId,
    ServiceLanguage ServiceLanguage,
    string? OtherLanguage,
    EducationLevel EducationLevel,
    string? OccupationGoals,
    bool PartialWorkAbility,
    bool DisabilityOrLongTermIllness,
    bool ImmigrantOrForeignLanguage);
