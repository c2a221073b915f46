using FluentValidation;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.Extensions.Localization;
using Tyollisyys.Domain.JobSeekers;
using Tyollisyys.Web.Infrastructure.Localization;

namespace Tyollisyys.Web.Pages.JobSeekers;

/// <summary>A page that shows the shared person fields (_PersonDetailsFields): create and edit.</summary>
public interface IPersonDetailsForm
{
    PersonDetailsInput Details { get; }

    IReadOnlyList<SelectListItem> Municipalities { get; }

    /// <summary>False hides the health-related target group, which only the own counsellor and managers may see.</summary>
    bool MaySeeSensitive { get; }
}

/// <summary>
/// The person fields as posted. Everything is nullable so that an empty or garbled value reaches the validator,
/// which answers in the user's language, instead of failing in model binding.
/// </summary>
public sealed class PersonDetailsInput
{
    public string? FirstNames { get; set; }

    public string? LastName { get; set; }

    public string? Phone { get; set; }

    public string? Email { get; set; }

    public string? StreetAddress { get; set; }

    public string? PostalCode { get; set; }

    public string? PostOffice { get; set; }

    public int? HomeMunicipalityId { get; set; }

    public ServiceLanguage? ServiceLanguage { get; set; } = Domain.JobSeekers.ServiceLanguage.Finnish;

    public string? OtherLanguage { get; set; }

    public EducationLevel? EducationLevel { get; set; } = Domain.JobSeekers.EducationLevel.Unknown;

    public string? OccupationGoals { get; set; }

    public bool PartialWorkAbility { get; set; }

    public bool DisabilityOrLongTermIllness { get; set; }

    public bool ImmigrantOrForeignLanguage { get; set; }

    public static PersonDetailsInput From(JobSeeker client) => new()
    {
        FirstNames = client.FirstNames,
        LastName = client.LastName,
        Phone = client.Phone,
        Email = client.Email,
        StreetAddress = client.StreetAddress,
        PostalCode = client.PostalCode,
        PostOffice = client.PostOffice,
        HomeMunicipalityId = client.HomeMunicipalityId,
        ServiceLanguage = client.ServiceLanguage,
        OtherLanguage = client.OtherLanguage,
        EducationLevel = client.EducationLevel,
        OccupationGoals = client.OccupationGoals,
        PartialWorkAbility = client.PartialWorkAbility,
        DisabilityOrLongTermIllness = client.DisabilityOrLongTermIllness,
        ImmigrantOrForeignLanguage = client.ImmigrantOrForeignLanguage,
    };

    /// <summary>Call only after the validator passed: the required values are then present.</summary>
    public PersonDetails ToDetails() => new(
        FirstNames ?? string.Empty,
        LastName ?? string.Empty,
        Phone,
        Email,
        StreetAddress,
        PostalCode,
        PostOffice,
        HomeMunicipalityId ?? 0,
        ServiceLanguage ?? Domain.JobSeekers.ServiceLanguage.Finnish,
        OtherLanguage,
        EducationLevel ?? Domain.JobSeekers.EducationLevel.Unknown,
        OccupationGoals,
        PartialWorkAbility,
        DisabilityOrLongTermIllness,
        ImmigrantOrForeignLanguage);
}

public sealed class PersonDetailsValidator : AbstractValidator<PersonDetailsInput>
{
    public PersonDetailsValidator(IStringLocalizer<SharedResource> t)
    {
        RuleFor(d => d.FirstNames).NotEmpty().WithMessage(_ => t["JobSeeker.FirstNamesRequired"])
            .MaximumLength(100).WithMessage(_ => t["Validation.TooLong", 100]);
        RuleFor(d => d.LastName).NotEmpty().WithMessage(_ => t["JobSeeker.LastNameRequired"])
            .MaximumLength(100).WithMessage(_ => t["Validation.TooLong", 100]);
        // Digits with optional +, spaces, hyphens and brackets: 040 123 4567, +358 40 123 4567, (08) 615 51.
        RuleFor(d => d.Phone).Matches(@"^\+?[0-9][0-9 ()\-]{4,29}$").WithMessage(_ => t["Client.Validation.Phone"])
            .When(d => !string.IsNullOrWhiteSpace(d.Phone));
        RuleFor(d => d.Email).Matches(@"^[^@\s]+@[^@\s]+\.[^@\s]+$").WithMessage(_ => t["Client.Validation.Email"])
            .MaximumLength(254).WithMessage(_ => t["Validation.TooLong", 254])
            .When(d => !string.IsNullOrWhiteSpace(d.Email));
        RuleFor(d => d.StreetAddress).MaximumLength(200).WithMessage(_ => t["Validation.TooLong", 200]);
        RuleFor(d => d.PostalCode).Matches(@"^\s*[0-9]{5}\s*$").WithMessage(_ => t["Client.Validation.PostalCode"])
            .When(d => !string.IsNullOrWhiteSpace(d.PostalCode));
        RuleFor(d => d.PostOffice).MaximumLength(100).WithMessage(_ => t["Validation.TooLong", 100]);
        RuleFor(d => d.HomeMunicipalityId).NotNull().WithMessage(_ => t["Client.Validation.Municipality"]);
        RuleFor(d => d.ServiceLanguage).NotNull().WithMessage(_ => t["Client.Validation.ServiceLanguage"])
            .IsInEnum().WithMessage(_ => t["Client.Validation.ServiceLanguage"]);
        RuleFor(d => d.OtherLanguage).NotEmpty().WithMessage(_ => t["JobSeeker.OtherLanguageRequired"])
            .When(d => d.ServiceLanguage == Domain.JobSeekers.ServiceLanguage.Other);
        RuleFor(d => d.OtherLanguage).MaximumLength(50).WithMessage(_ => t["Validation.TooLong", 50]);
        RuleFor(d => d.EducationLevel).NotNull().WithMessage(_ => t["Client.Validation.Education"])
            .IsInEnum().WithMessage(_ => t["Client.Validation.Education"]);
        RuleFor(d => d.OccupationGoals).MaximumLength(2000).WithMessage(_ => t["Validation.TooLong", 2000]);
    }
}
