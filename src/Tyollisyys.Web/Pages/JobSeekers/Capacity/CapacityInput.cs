using FluentValidation;
using Microsoft.Extensions.Localization;
using Tyollisyys.Domain.Capacity;
using Tyollisyys.Web.Infrastructure.Localization;

namespace Tyollisyys.Web.Pages.JobSeekers.Capacity;

/// <summary>A new assessment as the form posts it: one rating row per active domain, unrated rows left empty.</summary>
public sealed class CapacityInput
{
    public DateOnly? AssessedOn { get; set; }

    public string? Summary { get; set; }

    public List<RatingInput> Ratings { get; set; } = [];

    public sealed class RatingInput
    {
        public int DomainId { get; set; }

        /// <summary>1–5, or null for "not assessed".</summary>
        public int? Rating { get; set; }

        public string? Observation { get; set; }
    }
}

public sealed class CapacityInputValidator : AbstractValidator<CapacityInput>
{
    public CapacityInputValidator(IStringLocalizer<SharedResource> t, TimeProvider clock)
    {
        RuleFor(a => a.AssessedOn).Cascade(CascadeMode.Stop).NotNull().WithMessage(_ => t["Capacity.Validation.Date"])
            .Must(d => d <= clock.FinnishToday()).WithMessage(_ => t["Capacity.DateInFuture"])
            .Must(d => d >= new DateOnly(2000, 1, 1)).WithMessage(_ => t["Capacity.DateTooOld", "1.1.2000"]);
        RuleFor(a => a.Summary).MaximumLength(FunctionalCapacityAssessment.MaxSummaryLength)
            .WithMessage(_ => t["Validation.TooLong", FunctionalCapacityAssessment.MaxSummaryLength]);
        // The rating rows are checked by the page, which knows each domain's name for the message.
    }
}
