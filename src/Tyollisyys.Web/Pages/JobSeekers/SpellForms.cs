using FluentValidation;
using Microsoft.Extensions.Localization;
using Tyollisyys.Domain.JobSeekers;
using Tyollisyys.Web.Infrastructure.Localization;

namespace Tyollisyys.Web.Pages.JobSeekers;

/// <summary>A spell form carries the client's row version, so two tabs cannot both change the spells.</summary>
public interface ISpellForm
{
    uint Version { get; set; }
}

/// <summary>Ending the current spell: its last day and why it ended.</summary>
public sealed class SpellEnding : ISpellForm
{
    public DateOnly? EndDate { get; set; }

    public SpellEndReason? Reason { get; set; }

    public uint Version { get; set; }
}

/// <summary>Starting a new spell: its first day and status.</summary>
public sealed class SpellStart : ISpellForm
{
    public DateOnly? StartDate { get; set; }

    public JobSearchStatus? Status { get; set; }

    public uint Version { get; set; }
}

public sealed class SpellEndingValidator : AbstractValidator<SpellEnding>
{
    public SpellEndingValidator(IStringLocalizer<SharedResource> t, TimeProvider clock)
    {
        RuleFor(e => e.EndDate).Cascade(CascadeMode.Stop).NotNull().WithMessage(_ => t["Client.Validation.SpellEndRequired"])
            .Must(d => d <= clock.FinnishToday()).WithMessage(_ => t["Client.Validation.DateInFuture"]);
        RuleFor(e => e.Reason).NotNull().WithMessage(_ => t["Client.Validation.EndReason"])
            .IsInEnum().WithMessage(_ => t["Client.Validation.EndReason"]);
    }
}

public sealed class SpellStartValidator : AbstractValidator<SpellStart>
{
    public SpellStartValidator(IStringLocalizer<SharedResource> t, TimeProvider clock)
    {
        RuleFor(s => s.StartDate).Cascade(CascadeMode.Stop).NotNull().WithMessage(_ => t["Client.Validation.SpellStartRequired"])
            .Must(d => d <= clock.FinnishToday()).WithMessage(_ => t["Client.Validation.DateInFuture"]);
        RuleFor(s => s.Status).NotNull().WithMessage(_ => t["Client.Validation.Status"])
            .IsInEnum().WithMessage(_ => t["Client.Validation.Status"]);
    }
}
