using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tyollisyys.Domain.Organisation;
using Tyollisyys.Web.Data;
using Tyollisyys.Web.Infrastructure.Localization;

namespace Tyollisyys.Web.Pages.Admin.Municipalities;

/// <summary>A municipality's form fields, shared by Create and Edit.</summary>
public sealed class MunicipalityFields
{
    public string? Code { get; set; }

    public string? NameFi { get; set; }

    public string? NameSv { get; set; }

    /// <summary>The row version (xmin) the edit form was loaded with; unused when creating.</summary>
    public uint Version { get; set; }

    /// <summary>The code is Statistics Finland's and unique: checked here so a duplicate is a message, not an error page.</summary>
    public async Task<bool> CheckAgainstDatabaseAsync(AppDbContext db, ModelStateDictionary modelState, IStringLocalizer<SharedResource> t, int? municipalityId = null)
    {
        var code = Code?.Trim();
        if (!string.IsNullOrEmpty(code) && await db.Municipalities.AnyAsync(m => m.Code == code && m.Id != municipalityId))
        {
            modelState.AddModelError("Input.Code", t["Admin.Municipalities.DuplicateCode", code]);
            return false;
        }

        return true;
    }
}

public sealed class MunicipalityFieldsValidator : AbstractValidator<MunicipalityFields>
{
    public MunicipalityFieldsValidator(IStringLocalizer<SharedResource> t)
    {
        RuleFor(m => m.Code).Must(code => Municipality.IsValidCode(code?.Trim())).WithMessage(_ => t["Municipality.CodeInvalid"]);
        RuleFor(m => m.NameFi).NotEmpty().WithMessage(_ => t["Admin.Municipalities.NameFiRequired"])
            .MaximumLength(100).WithMessage(_ => t["Validation.TooLong", 100]);
        RuleFor(m => m.NameSv).NotEmpty().WithMessage(_ => t["Admin.Municipalities.NameSvRequired"])
            .MaximumLength(100).WithMessage(_ => t["Validation.TooLong", 100]);
    }
}
