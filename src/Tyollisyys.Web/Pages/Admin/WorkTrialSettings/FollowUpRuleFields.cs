using FluentValidation;
using Microsoft.Extensions.Localization;
using Tyollisyys.Domain.WorkTrials;
using Tyollisyys.Web.Infrastructure.Localization;

namespace Tyollisyys.Web.Pages.Admin.WorkTrialSettings;

/// <summary>The follow-up rule's form: two whole numbers and the row version (xmin) the form was loaded with.</summary>
public sealed class FollowUpRuleFields
{
    public int? MinContactsPerWeek { get; set; }

    public int? ForFirstWeeks { get; set; }

    public uint Version { get; set; }

    public static FollowUpRuleFields From(FollowUpRule rule) => new() { MinContactsPerWeek = rule.MinContactsPerWeek, ForFirstWeeks = rule.ForFirstWeeks };

    /// <summary>The rule the fields describe; call only after validation. Its bounds are the domain's (<see cref="FollowUpRule.Validate"/>).</summary>
    public FollowUpRule ToRule() => new(MinContactsPerWeek!.Value, ForFirstWeeks!.Value);
}

/// <summary>Only that both numbers are given: the bounds are <see cref="FollowUpRule.Validate"/>'s, shown as its message.</summary>
public sealed class FollowUpRuleFieldsValidator : AbstractValidator<FollowUpRuleFields>
{
    public FollowUpRuleFieldsValidator(IStringLocalizer<SharedResource> t)
    {
        RuleFor(f => f.MinContactsPerWeek).NotNull().WithMessage(_ => t["Admin.WorkTrialSettings.WholeNumberRequired"]);
        RuleFor(f => f.ForFirstWeeks).NotNull().WithMessage(_ => t["Admin.WorkTrialSettings.WholeNumberRequired"]);
    }
}
