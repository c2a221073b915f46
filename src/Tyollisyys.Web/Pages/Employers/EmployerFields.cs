using FluentValidation;
using Microsoft.Extensions.Localization;
using Tyollisyys.Domain.Employers;
using Tyollisyys.Web.Infrastructure.Localization;

namespace Tyollisyys.Web.Pages.Employers;

/// <summary>An employer's form fields, shared by New and Edit. Text stays as typed, so a refused form shows it again.</summary>
public sealed class EmployerFields
{
    public string? Name { get; set; }

    /// <summary>As typed: "1234567-8" or the legacy "123456-2"; blank for a private person.</summary>
    public string? BusinessId { get; set; }

    public EmployerType? Type { get; set; }

    public string? Industry { get; set; }

    public string? StreetAddress { get; set; }

    public string? PostalCode { get; set; }

    public string? PostOffice { get; set; }

    public LetterLanguage? Language { get; set; } = LetterLanguage.Finnish;

    /// <summary>Edit only: unticked deactivates the employer, ticked reactivates it.</summary>
    public bool IsActive { get; set; } = true;

    /// <summary>The row version (xmin) the edit form was loaded with; unused when creating.</summary>
    public uint Version { get; set; }

    public static EmployerFields From(Employer employer, uint version) => new()
    {
        Name = employer.Name,
        BusinessId = employer.BusinessId?.Value,
        Type = employer.Type,
        Industry = employer.Industry,
        StreetAddress = employer.StreetAddress,
        PostalCode = employer.PostalCode,
        PostOffice = employer.PostOffice,
        Language = employer.Language,
        IsActive = employer.IsActive,
        Version = version,
    };

    /// <summary>The parsed business ID, or null when none was given (the validator has already checked the text).</summary>
    public Domain.Employers.BusinessId? ParsedBusinessId() =>
        Domain.Employers.BusinessId.TryParse(BusinessId, out var id, out _) ? id : null;

    /// <summary>Call after the validator passed.</summary>
    public EmployerDetails ToDetails() => new(
        Name!, ParsedBusinessId(), Type!.Value, Industry, StreetAddress, PostalCode, PostOffice, Language!.Value);
}

public sealed class EmployerFieldsValidator : AbstractValidator<EmployerFields>
{
    public EmployerFieldsValidator(IStringLocalizer<SharedResource> t)
    {
        RuleFor(e => e.Name).Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage(_ => t["Employers.NameRequired"])
            .MaximumLength(Employer.NameMaxLength).WithMessage(_ => t["Validation.TooLong", Employer.NameMaxLength]);
        RuleFor(e => e.Type).NotNull().WithMessage(_ => t["Employers.Validation.TypeRequired"])
            .IsInEnum().WithMessage(_ => t["Employers.TypeInvalid"]);
        RuleFor(e => e.Language).NotNull().WithMessage(_ => t["Employers.LanguageInvalid"])
            .IsInEnum().WithMessage(_ => t["Employers.LanguageInvalid"]);
        RuleFor(e => e.BusinessId).Custom((value, context) =>
        {
            var type = context.InstanceToValidate.Type;
            if (type is null || !Enum.IsDefined(type.Value))
            {
                return;
            }

            if (!type.Value.HasBusinessId())
            {
                if (!string.IsNullOrWhiteSpace(value))
                {
                    context.AddFailure(t["Employers.BusinessIdNotForPrivatePerson"]);
                }

                return;
            }

            if (!BusinessId.TryParse(value, out _, out var errorKey))
            {
                context.AddFailure(t[errorKey]);
            }
        });
        RuleFor(e => e.Industry).MaximumLength(Employer.IndustryMaxLength).WithMessage(_ => t["Validation.TooLong", Employer.IndustryMaxLength]);
        RuleFor(e => e.StreetAddress).MaximumLength(Employer.StreetAddressMaxLength).WithMessage(_ => t["Validation.TooLong", Employer.StreetAddressMaxLength]);
        RuleFor(e => e.PostalCode).Must(p => string.IsNullOrWhiteSpace(p) || Employer.IsValidPostalCode(p.Trim()))
            .WithMessage(_ => t["Employers.PostalCodeInvalid"]);
        RuleFor(e => e.PostOffice).MaximumLength(Employer.PostOfficeMaxLength).WithMessage(_ => t["Validation.TooLong", Employer.PostOfficeMaxLength]);
    }
}
