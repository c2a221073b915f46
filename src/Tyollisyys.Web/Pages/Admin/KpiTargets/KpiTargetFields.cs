using FluentValidation;
using Microsoft.Extensions.Localization;
using Tyollisyys.Domain.Kpi;
using Tyollisyys.Web.Infrastructure.Localization;

namespace Tyollisyys.Web.Pages.Admin.KpiTargets;

/// <summary>A year's targets of one municipality: one field per figure, empty for none, with each row's version (xmin).</summary>
public sealed class KpiTargetFields
{
    public List<KpiTargetField> Targets { get; set; } = [];
}

public sealed class KpiTargetField
{
    public KpiCode Kpi { get; set; }

    /// <summary>Text, so "25,5" parses; empty means no target.</summary>
    public string? Value { get; set; }

    /// <summary>The version of the stored target the form was loaded with; null when there was none.</summary>
    public uint? Version { get; set; }
}

public sealed class KpiTargetFieldsValidator : AbstractValidator<KpiTargetFields>
{
    public KpiTargetFieldsValidator(IStringLocalizer<SharedResource> t)
    {
        RuleForEach(f => f.Targets).ChildRules(target =>
        {
            target.RuleFor(f => f.Kpi).IsInEnum().WithMessage(_ => t["Kpi.Period.Invalid"]);
            target.RuleFor(f => f.Value).Cascade(CascadeMode.Stop)
                .Must(text => string.IsNullOrWhiteSpace(text) || FinnishDecimal.TryParse(text, out _))
                .WithMessage(_ => t["Admin.KuntalisaRules.NumberInvalid"])
                .Must((field, text) => string.IsNullOrWhiteSpace(text) || InRange(field.Kpi, FinnishDecimal.ParseOrNull(text)!.Value))
                .WithMessage((field, _) => t["Kpi.Target.OutOfRange", Enum.IsDefined(field.Kpi) ? KpiDefinitions.Of(field.Kpi).MaxTarget : 0m]);
        });
        RuleFor(f => f.Targets).Must(list => list.Select(x => x.Kpi).Distinct().Count() == list.Count).WithMessage(_ => t["Kpi.Period.Invalid"]);
    }

    private static bool InRange(KpiCode kpi, decimal value) =>
        Enum.IsDefined(kpi) && value >= 0m && value <= KpiDefinitions.Of(kpi).MaxTarget && Math.Round(value, 2) == value;
}
