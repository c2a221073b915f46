namespace Tyollisyys.Domain.Employers;

/// <summary>The editable facts about an employer, as one value so registering and editing share one rule set.</summary>
public sealed record EmployerDetails(
    string Name,
    BusinessId? BusinessId,
    EmployerType Type,
    string? Industry,
    string? StreetAddress,
    string? PostalCode,
    string? PostOffice,
    LetterLanguage Language);

/// <summary>The editable facts about one contact person.</summary>
public sealed record ContactDetails(string Name, string? Role, string? Phone, string? Email);
