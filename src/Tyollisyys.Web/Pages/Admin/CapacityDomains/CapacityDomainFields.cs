using FluentValidation;
using Microsoft.Extensions.Localization;
using Tyollisyys.Domain.Capacity;
using Tyollisyys.Web.Infrastructure.Localization;

namespace Tyollisyys.Web.Pages.Admin.CapacityDomains;

/// <summary>A capacity domain's form fields. The code is given once, at creation; the rest can be edited.</summary>
public sealed class CapacityDomainFields
{
    public string? Code { get; set; }

    public string? NameFi { get; set; }

    public string? NameSv { get; set; }

    public string? NameEn { get; set; }

    public int? Ordinal { get; set; }

    public bool IsActive { get; set; } = true;

    /// <summary>The row version (xmin) the edit form was loaded with; unused when creating.</summary>
    public uint Version { get; set; }

    public static CapacityDomainFields From(CapacityDomain domain, uint version) => new()
    {
        Code = domain.Code,
        NameFi = domain.NameFi,
        NameSv = domain.NameSv,
        NameEn = domain.NameEn,
        Ordinal = domain.Ordinal,
        IsActive = domain.IsActive,
        Version = version,
    };
}

/// <summary>The shape of the fields (the domain repeats the rules); the code's uniqueness is the database's.</summary>
public sealed class CapacityDomainFieldsValidator : AbstractValidator<CapacityDomainFields>
{
    public CapacityDomainFieldsValidator(IStringLocalizer<SharedResource> t)
    {
        RuleFor(d => d.Code).Cascade(CascadeMode.Stop).NotEmpty().WithMessage(_ => t["Admin.CapacityDomains.CodeRequired"])
            .Must(c => c!.Trim() is { Length: > 0 and <= CapacityDomain.MaxCodeLength } trimmed && trimmed.All(ch => ch is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-' or '_')).WithMessage(_ => t["Capacity.CodeInvalid"]);
        RuleFor(d => d.NameFi).NotEmpty().WithMessage(_ => t["Admin.CapacityDomains.NameFiRequired"])
            .MaximumLength(CapacityDomain.MaxNameLength).WithMessage(_ => t["Validation.TooLong", CapacityDomain.MaxNameLength]);
        RuleFor(d => d.NameSv).NotEmpty().WithMessage(_ => t["Admin.CapacityDomains.NameSvRequired"])
            .MaximumLength(CapacityDomain.MaxNameLength).WithMessage(_ => t["Validation.TooLong", CapacityDomain.MaxNameLength]);
        RuleFor(d => d.NameEn).NotEmpty().WithMessage(_ => t["Admin.CapacityDomains.NameEnRequired"])
            .MaximumLength(CapacityDomain.MaxNameLength).WithMessage(_ => t["Validation.TooLong", CapacityDomain.MaxNameLength]);
        RuleFor(d => d.Ordinal).NotNull().WithMessage(_ => t["Admin.CapacityDomains.OrdinalRequired"])
            .InclusiveBetween(0, 9999).WithMessage(_ => t["Capacity.OrdinalInvalid"]);
    }
}
