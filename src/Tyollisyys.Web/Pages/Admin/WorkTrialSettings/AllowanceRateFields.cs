using FluentValidation;
using Microsoft.Extensions.Localization;
using Tyollisyys.Domain.WorkTrials;
using Tyollisyys.Web.Infrastructure.Localization;

namespace Tyollisyys.Web.Pages.Admin.WorkTrialSettings;

/// <summary>A new dated allowance rate. The amounts are text, so "9,50" and "18 €" read as people type them (<see cref="EuroInput"/>).</summary>
public sealed class AllowanceRateFields
{
    public DateOnly? EffectiveFrom { get; set; }

    public string? Normal { get; set; }

    public string? OutsideCommuting { get; set; }

    /// <summary>The rate the fields describe; call only after validation. The domain checks the rest (<see cref="AllowanceRateChanges.CheckNew"/>).</summary>
    public AllowanceRate ToRate() => new(EffectiveFrom!.Value, Euros(Normal), Euros(OutsideCommuting));

    private static decimal Euros(string? text) => EuroInput.TryParse(text, out var amount) ? amount : 0m;
}

public sealed class AllowanceRateFieldsValidator : AbstractValidator<AllowanceRateFields>
{
    public AllowanceRateFieldsValidator(IStringLocalizer<SharedResource> t)
    {
        RuleFor(f => f.EffectiveFrom).NotNull().WithMessage(_ => t["Admin.WorkTrialSettings.EffectiveFromRequired"]);
        foreach (var amount in new[] { RuleFor(f => f.Normal), RuleFor(f => f.OutsideCommuting) })
        {
            amount.Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage(_ => t["Admin.WorkTrialSettings.AmountRequired"])
                .Must(text => EuroInput.TryParse(text, out _)).WithMessage(_ => t["Admin.WorkTrialSettings.AmountFormat"]);
        }
    }
}
