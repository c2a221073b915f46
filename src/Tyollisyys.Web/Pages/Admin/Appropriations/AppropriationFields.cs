using FluentValidation;
using Microsoft.Extensions.Localization;
using Tyollisyys.Domain.Kuntalisa;
using Tyollisyys.Web.Infrastructure.Localization;

namespace Tyollisyys.Web.Pages.Admin.Appropriations;

/// <summary>A new appropriation: municipality, year and amount. The amount is text, so "250 000,00" parses.</summary>
public sealed class NewAppropriationFields
{
    public int? MunicipalityId { get; set; }

    public int? Year { get; set; }

    public string? Amount { get; set; }
}

/// <summary>A revised amount, with the row version (xmin) the form was loaded with.</summary>
public sealed class AppropriationAmountFields
{
    public string? Amount { get; set; }

    public uint Version { get; set; }
}

public sealed class NewAppropriationFieldsValidator : AbstractValidator<NewAppropriationFields>
{
    public NewAppropriationFieldsValidator(IStringLocalizer<SharedResource> t)
    {
        RuleFor(f => f.MunicipalityId).NotNull().WithMessage(_ => t["Admin.KuntalisaRules.MunicipalityRequired"]);
        RuleFor(f => f.Year).Cascade(CascadeMode.Stop)
            .NotNull().WithMessage(_ => t["Admin.Appropriations.YearRequired"])
            .InclusiveBetween(Appropriation.FirstYear, Appropriation.LastYear)
            .WithMessage(_ => t["Kuntalisa.Appropriation.InvalidYear", Appropriation.FirstYear, Appropriation.LastYear]);
        AppropriationAmount.Rule(RuleFor(f => f.Amount), t);
    }
}

public sealed class AppropriationAmountFieldsValidator : AbstractValidator<AppropriationAmountFields>
{
    public AppropriationAmountFieldsValidator(IStringLocalizer<SharedResource> t) =>
        AppropriationAmount.Rule(RuleFor(f => f.Amount), t);
}

internal static class AppropriationAmount
{
    public static void Rule<T>(IRuleBuilderInitial<T, string?> rule, IStringLocalizer t) =>
        rule.Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(_ => t["Admin.Appropriations.AmountRequired"])
            .Must(text => FinnishDecimal.TryParse(text, out _)).WithMessage(_ => t["Admin.KuntalisaRules.NumberInvalid"])
            .Must(text => FinnishDecimal.ParseOrNull(text) is { } v && v > 0 && v <= Appropriation.MaxAmount && Math.Round(v, 2) == v)
            .WithMessage(_ => t["Kuntalisa.Appropriation.InvalidAmount"]);

    public static decimal Parse(string? text) => FinnishDecimal.ParseOrNull(text) ?? 0;
}
