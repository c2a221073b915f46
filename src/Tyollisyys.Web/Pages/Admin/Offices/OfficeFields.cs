using System.Globalization;
using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tyollisyys.Web.Data;
using Tyollisyys.Web.Infrastructure.Localization;

namespace Tyollisyys.Web.Pages.Admin.Offices;

/// <summary>An office's form fields, shared by Create and Edit.</summary>
public sealed class OfficeFields
{
    public string? Name { get; set; }

    public string? Address { get; set; }

    public int? MunicipalityId { get; set; }

    /// <summary>Active clients per counsellor (the caseload review's target).</summary>
    public int? CaseloadTarget { get; set; } = Domain.Organisation.Office.DefaultCaseloadTarget;

    /// <summary>The row version (xmin) the edit form was loaded with; unused when creating.</summary>
    public uint Version { get; set; }

    /// <summary>Active municipalities, plus the office's current one even if it has since closed.</summary>
    public static async Task<List<SelectListItem>> MunicipalityOptionsAsync(AppDbContext db, int? currentId = null)
    {
        var municipalities = await db.Municipalities.AsNoTracking()
            .Where(m => m.IsActive || m.Id == currentId)
            .OrderBy(m => m.NameFi)
            .Select(m => new { m.Id, m.Code, m.NameFi, m.NameSv })
            .ToListAsync();
        var swedish = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "sv";
        return municipalities
            .Select(m => new SelectListItem($"{(swedish ? m.NameSv : m.NameFi)} ({m.Code})", m.Id.ToString(CultureInfo.InvariantCulture)))
            .ToList();
    }

    /// <summary>
    /// A target that is not a whole number fails binding with the framework's English message and leaves the default in
    /// place; it is treated as missing instead, so the validator's own message is shown and the typed text stays.
    /// </summary>
    public void ForgetBindingErrors(ModelStateDictionary modelState)
    {
        if (modelState[$"Input.{nameof(CaseloadTarget)}"] is { Errors.Count: > 0 } entry)
        {
            entry.Errors.Clear();
            CaseloadTarget = null;
        }
    }

    /// <summary>Checks what the validator cannot: the municipality is open and the name is free.</summary>
    public async Task<bool> CheckAgainstDatabaseAsync(AppDbContext db, ModelStateDictionary modelState, IStringLocalizer<SharedResource> t, int? officeId = null, int? currentMunicipalityId = null)
    {
        var ok = true;
        if (MunicipalityId is { } municipalityId
            && !await db.Municipalities.AnyAsync(m => m.Id == municipalityId && (m.IsActive || m.Id == currentMunicipalityId)))
        {
            modelState.AddModelError("Input.MunicipalityId", t["Admin.Offices.MunicipalityRequired"]);
            ok = false;
        }

        var name = Name?.Trim();
        if (!string.IsNullOrEmpty(name) && await db.Offices.AnyAsync(o => o.Name == name && o.Id != officeId))
        {
            modelState.AddModelError("Input.Name", t["Admin.Offices.DuplicateName", name]);
            ok = false;
        }

        return ok;
    }
}

public sealed class OfficeFieldsValidator : AbstractValidator<OfficeFields>
{
    public OfficeFieldsValidator(IStringLocalizer<SharedResource> t)
    {
        RuleFor(o => o.Name).NotEmpty().WithMessage(_ => t["Admin.Offices.NameRequired"])
            .MaximumLength(200).WithMessage(_ => t["Validation.TooLong", 200]);
        RuleFor(o => o.Address).MaximumLength(300).WithMessage(_ => t["Validation.TooLong", 300]);
        RuleFor(o => o.MunicipalityId).NotNull().WithMessage(_ => t["Admin.Offices.MunicipalityRequired"]);
        RuleFor(o => o.CaseloadTarget).Cascade(CascadeMode.Stop)
            .NotNull().WithMessage(_ => t["Admin.Offices.CaseloadTargetRange", Domain.Organisation.Office.MinCaseloadTarget, Domain.Organisation.Office.MaxCaseloadTarget])
            .InclusiveBetween(Domain.Organisation.Office.MinCaseloadTarget, Domain.Organisation.Office.MaxCaseloadTarget)
            .WithMessage(_ => t["Admin.Offices.CaseloadTargetRange", Domain.Organisation.Office.MinCaseloadTarget, Domain.Organisation.Office.MaxCaseloadTarget]);
    }
}
