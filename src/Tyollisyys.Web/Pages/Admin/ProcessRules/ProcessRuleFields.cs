using FluentValidation;
using Microsoft.Extensions.Localization;
using Tyollisyys.Domain.Process;
using Tyollisyys.Web.Infrastructure.Localization;

namespace Tyollisyys.Web.Pages.Admin.ProcessRules;

/// <summary>A process rule set's form fields, shared by Create and Edit.</summary>
public sealed class ProcessRuleFields
{
    public string? Name { get; set; }

    public DateOnly? EffectiveFrom { get; set; }

    public int? InitialInterviewWorkingDays { get; set; }

    public int? JobSearchConversationIntervalMonths { get; set; }

    /// <summary>True: a fixed schedule of supplementary conversations; false: by service need.</summary>
    public bool HasSupplementarySchedule { get; set; }

    public int? SupplementaryInitialCount { get; set; }

    public int? SupplementaryInitialMonths { get; set; }

    public int? SupplementaryLaterCount { get; set; }

    public int? SupplementaryLaterAfterMonths { get; set; }

    public int? SupplementaryLaterWindowMonths { get; set; }

    /// <summary>The row version (xmin) the edit form was loaded with; unused when creating.</summary>
    public uint Version { get; set; }

    public static ProcessRuleFields From(ProcessRuleSet rules)
    {
        var schedule = rules.SupplementaryConversations;
        return new ProcessRuleFields
        {
            Name = rules.Name,
            EffectiveFrom = rules.EffectiveFrom,
            InitialInterviewWorkingDays = rules.InitialInterviewWorkingDays,
            JobSearchConversationIntervalMonths = rules.JobSearchConversationIntervalMonths,
            HasSupplementarySchedule = schedule is not null,
            SupplementaryInitialCount = schedule?.InitialCount,
            SupplementaryInitialMonths = schedule?.InitialMonths,
            SupplementaryLaterCount = schedule?.LaterCount,
            SupplementaryLaterAfterMonths = schedule?.LaterAfterMonths,
            SupplementaryLaterWindowMonths = schedule?.LaterWindowMonths,
        };
    }

    /// <summary>The schedule the fields describe (the domain checks it); call only after validation.</summary>
    public SupplementaryConversationRule? Schedule() =>
        HasSupplementarySchedule
            ? new SupplementaryConversationRule(
                SupplementaryInitialCount ?? 0,
                SupplementaryInitialMonths ?? 0,
                SupplementaryLaterCount ?? 0,
                SupplementaryLaterAfterMonths ?? 0,
                SupplementaryLaterWindowMonths ?? 0)
            : null;

    public void ApplyTo(ProcessRuleSet rules) =>
        rules.Revise(Name!, EffectiveFrom!.Value, InitialInterviewWorkingDays!.Value, Schedule(), JobSearchConversationIntervalMonths!.Value);

    public ProcessRuleSet Create() =>
        new(Name!, EffectiveFrom!.Value, InitialInterviewWorkingDays!.Value, Schedule(), JobSearchConversationIntervalMonths!.Value);
}

public sealed class ProcessRuleFieldsValidator : AbstractValidator<ProcessRuleFields>
{
    public ProcessRuleFieldsValidator(IStringLocalizer<SharedResource> t)
    {
        RuleFor(r => r.Name).NotEmpty().WithMessage(_ => t["Admin.ProcessRules.NameRequired"])
            .MaximumLength(100).WithMessage(_ => t["Validation.TooLong", 100]);
        RuleFor(r => r.EffectiveFrom).Cascade(CascadeMode.Stop).NotNull().WithMessage(_ => t["Admin.ProcessRules.EffectiveFromRequired"])
            .Must(d => d >= new DateOnly(2000, 1, 1)).WithMessage(_ => t["Admin.ProcessRules.EffectiveFromRange"]);
        RuleFor(r => r.InitialInterviewWorkingDays).NotNull().WithMessage(_ => t["Admin.ProcessRules.WholeNumberRequired"])
            .InclusiveBetween(0, ProcessRuleSet.MaxInitialInterviewWorkingDays)
            .WithMessage(_ => t["Admin.ProcessRules.Range", 0, ProcessRuleSet.MaxInitialInterviewWorkingDays]);
        RuleFor(r => r.JobSearchConversationIntervalMonths).NotNull().WithMessage(_ => t["Admin.ProcessRules.WholeNumberRequired"])
            .InclusiveBetween(1, ProcessRuleSet.MaxIntervalMonths)
            .WithMessage(_ => t["Admin.ProcessRules.Range", 1, ProcessRuleSet.MaxIntervalMonths]);

        When(r => r.HasSupplementarySchedule, () =>
        {
            Count(RuleFor(r => r.SupplementaryInitialCount), t);
            Count(RuleFor(r => r.SupplementaryLaterCount), t);
            Months(RuleFor(r => r.SupplementaryInitialMonths), t);
            Months(RuleFor(r => r.SupplementaryLaterAfterMonths), t);
            Months(RuleFor(r => r.SupplementaryLaterWindowMonths), t);
            RuleFor(r => r.SupplementaryInitialMonths)
                .Must((r, months) => r.SupplementaryInitialCount is not > 0 || months > 0)
                .WithMessage(_ => t["Admin.ProcessRules.PeriodForCount"]);
            RuleFor(r => r.SupplementaryLaterWindowMonths)
                .Must((r, months) => r.SupplementaryLaterCount is not > 0 || months > 0)
                .WithMessage(_ => t["Admin.ProcessRules.PeriodForCount"]);
        });
    }

    private static void Count(IRuleBuilderInitial<ProcessRuleFields, int?> rule, IStringLocalizer<SharedResource> t) =>
        rule.NotNull().WithMessage(_ => t["Admin.ProcessRules.WholeNumberRequired"])
            .InclusiveBetween(0, SupplementaryConversationRule.MaxCount)
            .WithMessage(_ => t["Admin.ProcessRules.Range", 0, SupplementaryConversationRule.MaxCount]);

    private static void Months(IRuleBuilderInitial<ProcessRuleFields, int?> rule, IStringLocalizer<SharedResource> t) =>
        rule.NotNull().WithMessage(_ => t["Admin.ProcessRules.WholeNumberRequired"])
            .InclusiveBetween(0, SupplementaryConversationRule.MaxMonths)
            .WithMessage(_ => t["Admin.ProcessRules.Range", 0, SupplementaryConversationRule.MaxMonths]);
}
