using FluentValidation;
using Microsoft.Extensions.Localization;
using Tyollisyys.Domain.Plans;
using Tyollisyys.Web.Infrastructure.Localization;

namespace Tyollisyys.Web.Pages.Admin.Services;

/// <summary>A service's form fields, shared by Create and Edit.</summary>
public sealed class ServiceFields
{
    public string? NameFi { get; set; }

    public string? NameSv { get; set; }

    public string? NameEn { get; set; }

    public string? Provider { get; set; }

    /// <summary>Offered for new plan actions; unticking deactivates (a service is never deleted).</summary>
    public bool IsActive { get; set; } = true;

    /// <summary>The row version (xmin) the edit form was loaded with; unused when creating.</summary>
    public uint Version { get; set; }

    public static ServiceFields From(ServiceOffering service, uint version) => new()
    {
        NameFi = service.NameFi,
        NameSv = service.NameSv,
        NameEn = service.NameEn,
        Provider = service.Provider,
        IsActive = service.IsActive,
        Version = version,
    };
}

public sealed class ServiceFieldsValidator : AbstractValidator<ServiceFields>
{
    public ServiceFieldsValidator(IStringLocalizer<SharedResource> t)
    {
        RuleFor(s => s.NameFi).NotEmpty().WithMessage(_ => t["Services.NameFiRequired"])
            .MaximumLength(ServiceOffering.NameMaxLength).WithMessage(_ => t["Validation.TooLong", ServiceOffering.NameMaxLength]);
        RuleFor(s => s.NameSv).NotEmpty().WithMessage(_ => t["Services.NameSvRequired"])
            .MaximumLength(ServiceOffering.NameMaxLength).WithMessage(_ => t["Validation.TooLong", ServiceOffering.NameMaxLength]);
        RuleFor(s => s.NameEn).NotEmpty().WithMessage(_ => t["Services.NameEnRequired"])
            .MaximumLength(ServiceOffering.NameMaxLength).WithMessage(_ => t["Validation.TooLong", ServiceOffering.NameMaxLength]);
        RuleFor(s => s.Provider).MaximumLength(ServiceOffering.NameMaxLength).WithMessage(_ => t["Validation.TooLong", ServiceOffering.NameMaxLength]);
    }
}
