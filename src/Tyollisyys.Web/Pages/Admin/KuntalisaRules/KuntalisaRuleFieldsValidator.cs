using System.Globalization;
using FluentValidation;
using Microsoft.Extensions.Localization;
using Tyollisyys.Domain.Kuntalisa;
using Tyollisyys.Web.Infrastructure.Localization;

namespace Tyollisyys.Web.Pages.Admin.KuntalisaRules;

/// <summary>
/// The shape of the form: required fields for the chosen amount mode, numbers that parse, ranges a column can hold.
/// The rule's own consistency (lower ends first, a bonus with its months, …) is the domain's to refuse.
/// </summary>
public sealed class KuntalisaRuleFieldsValidator : AbstractValidator<KuntalisaRuleFields>
{
    private static readonly DateOnly Earliest = new(2000, 1, 1);

    public KuntalisaRuleFieldsValidator(IStringLocalizer<SharedResource> t)
    {
        RuleFor(f => f.MunicipalityId).NotNull().WithMessage(_ => t["Admin.KuntalisaRules.MunicipalityRequired"]);
        RuleFor(f => f.EffectiveFrom).Cascade(CascadeMode.Stop)
            .NotNull().WithMessage(_ => t["Admin.KuntalisaRules.EffectiveFromRequired"])
            .Must(d => d >= Earliest).WithMessage(_ => t["Admin.KuntalisaRules.DateRange"]);
        RuleFor(f => f.EffectiveTo).Must(d => d is null || d >= Earliest).WithMessage(_ => t["Admin.KuntalisaRules.DateRange"]);
        RuleFor(f => f.CouncilDecision).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(_ => t["Kuntalisa.Rule.CouncilDecisionRequired"])
            .MaximumLength(KuntalisaRuleVersion.CouncilDecisionMaxLength).WithMessage(_ => t["Validation.TooLong", KuntalisaRuleVersion.CouncilDecisionMaxLength]);
        RuleFor(f => f.MinimumDays).InclusiveBetween(0, KuntalisaEligibility.MaxMinimumDays)
            .WithMessage(_ => t["Admin.KuntalisaRules.WholeNumberRange", 0, KuntalisaEligibility.MaxMinimumDays]);

        RuleFor(f => f.DayBasis).IsInEnum().WithMessage(_ => t["Admin.KuntalisaRules.ChoiceInvalid"]);
        RuleFor(f => f.StatePaySubsidy).IsInEnum().WithMessage(_ => t["Admin.KuntalisaRules.ChoiceInvalid"]);
        RuleFor(f => f.AmountMode).IsInEnum().WithMessage(_ => t["Admin.KuntalisaRules.ChoiceInvalid"]);
        RuleFor(f => f.PercentageBase).IsInEnum().WithMessage(_ => t["Admin.KuntalisaRules.ChoiceInvalid"]);
        RuleFor(f => f.ApplicationTiming).IsInEnum().WithMessage(_ => t["Admin.KuntalisaRules.ChoiceInvalid"]);
        RuleFor(f => f.TargetGroups).Must(groups => groups.All(KuntalisaRuleFields.TargetGroupChoices.Contains))
            .WithMessage(_ => t["Admin.KuntalisaRules.ChoiceInvalid"]);
        RuleFor(f => f.AllowedEmployers).Must(flags => flags.All(f => KuntalisaRuleFields.Categories.Any(c => c.AsFlag() == f)))
            .WithMessage(_ => t["Admin.KuntalisaRules.ChoiceInvalid"]);
        RuleFor(f => f.CategoryMaxima).Must(rows => rows.All(r => KuntalisaRuleFields.Categories.Contains(r.Category)))
            .WithMessage(_ => t["Admin.KuntalisaRules.ChoiceInvalid"]);

        RuleFor(f => f).Custom((f, context) =>
        {
            CheckAgeBands(f, context, t);
            CheckAmount(f, context, t);
            CheckNumber(context, t, nameof(f.MinimumWeeklyHours), f.MinimumWeeklyHours, required: false, decimals: 1, max: KuntalisaConditions.MaxWeeklyHours, "Admin.KuntalisaRules.HoursRange");
        });
        RuleFor(f => f.MinMonths).NotNull().WithMessage(_ => t["Admin.KuntalisaRules.MonthsRequired"])
            .InclusiveBetween(1, KuntalisaAmount.MaxMonthsLimit).WithMessage(_ => t["Admin.KuntalisaRules.WholeNumberRange", 1, KuntalisaAmount.MaxMonthsLimit]);
        RuleFor(f => f.MaxMonths).NotNull().WithMessage(_ => t["Admin.KuntalisaRules.MonthsRequired"])
            .InclusiveBetween(1, KuntalisaAmount.MaxMonthsLimit).WithMessage(_ => t["Admin.KuntalisaRules.WholeNumberRange", 1, KuntalisaAmount.MaxMonthsLimit]);
        RuleFor(f => f.BonusAfterMonths).InclusiveBetween(1, KuntalisaAmount.MaxMonthsLimit * 2)
            .WithMessage(_ => t["Admin.KuntalisaRules.WholeNumberRange", 1, KuntalisaAmount.MaxMonthsLimit * 2]);
        RuleFor(f => f.ApplyWithinMonths)
            .NotNull().When(f => f.ApplicationTiming == ApplicationTiming.WithinMonthsOfStart).WithMessage(_ => t["Admin.KuntalisaRules.WindowRequired"])
            .InclusiveBetween(1, KuntalisaConditions.MaxApplicationMonths)
            .WithMessage(_ => t["Admin.KuntalisaRules.WholeNumberRange", 1, KuntalisaConditions.MaxApplicationMonths]);
    }

    private static void CheckAgeBands(KuntalisaRuleFields f, ValidationContext<KuntalisaRuleFields> context, IStringLocalizer t)
    {
        if (f.AgeBands.Count > KuntalisaRuleFields.AgeBandRows)
        {
            context.AddFailure(nameof(f.AgeBands), t["Admin.KuntalisaRules.ChoiceInvalid"]);
            return;
        }

        for (var i = 0; i < f.AgeBands.Count; i++)
        {
            var row = f.AgeBands[i];
            var field = string.Create(CultureInfo.InvariantCulture, $"{nameof(f.AgeBands)}[{i}].{nameof(AgeBandRow.MinAge)}");
            if ((row.MinAge is null) != (row.MaxAge is null))
            {
                context.AddFailure(field, t["Admin.KuntalisaRules.AgeBandIncomplete", i + 1]);
            }
            else if (row.MinAge is { } min && row.MaxAge is { } max && (min < AgeBand.LowestAge || max > AgeBand.HighestAge || min > max))
            {
                context.AddFailure(field, t["Admin.KuntalisaRules.AgeBandRange", i + 1, AgeBand.LowestAge, AgeBand.HighestAge]);
            }
        }
    }

    private static void CheckAmount(KuntalisaRuleFields f, ValidationContext<KuntalisaRuleFields> context, IStringLocalizer t)
    {
        var percentage = f.AmountMode == KuntalisaAmountMode.PercentageOfPay;
        CheckNumber(context, t, nameof(f.MinPercent), f.MinPercent, percentage, 2, 100, "Admin.KuntalisaRules.PercentRange", "Admin.KuntalisaRules.PercentRequired");
        CheckNumber(context, t, nameof(f.MaxPercent), f.MaxPercent, percentage, 2, 100, "Admin.KuntalisaRules.PercentRange", "Admin.KuntalisaRules.PercentRequired");
        for (var i = 0; i < f.CategoryMaxima.Count; i++)
        {
            var field = string.Create(CultureInfo.InvariantCulture, $"{nameof(f.CategoryMaxima)}[{i}].{nameof(CategoryMaximumRow.MaxPercent)}");
            CheckNumber(context, t, field, f.CategoryMaxima[i].MaxPercent, required: false, 2, 100, "Admin.KuntalisaRules.PercentRange");
        }

        CheckNumber(context, t, nameof(f.FixedMonthlyAmount), f.FixedMonthlyAmount, !percentage, 2, Appropriation.MaxAmount, "Admin.KuntalisaRules.AmountPositive", "Admin.KuntalisaRules.FixedAmountRequired");
        CheckNumber(context, t, nameof(f.MonthlyCap), f.MonthlyCap, required: false, 2, Appropriation.MaxAmount, "Admin.KuntalisaRules.AmountPositive");
        CheckNumber(context, t, nameof(f.TotalCap), f.TotalCap, required: false, 2, Appropriation.MaxAmount, "Admin.KuntalisaRules.AmountPositive");
        CheckNumber(context, t, nameof(f.BonusAmount), f.BonusAmount, required: false, 2, Appropriation.MaxAmount, "Admin.KuntalisaRules.AmountPositive");
    }

    /// <summary>A number typed in a text field: empty (allowed unless required), unreadable, or out of its range.</summary>
    private static void CheckNumber(
        ValidationContext<KuntalisaRuleFields> context,
        IStringLocalizer t,
        string field,
        string? text,
        bool required,
        int decimals,
        decimal max,
        string rangeKey,
        string? requiredKey = null)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            if (required)
            {
                context.AddFailure(field, t[requiredKey ?? rangeKey]);
            }

            return;
        }

        if (!FinnishDecimal.TryParse(text, out var value))
        {
            context.AddFailure(field, t["Admin.KuntalisaRules.NumberInvalid"]);
        }
        else if (value <= 0 || value > max || Math.Round(value, decimals) != value)
        {
            context.AddFailure(field, t[rangeKey]);
        }
    }
}
