using System.Globalization;
using Tyollisyys.Domain.Capacity;
using Tyollisyys.Domain.Common;
using Xunit;

namespace Tyollisyys.Domain.Tests.Capacity;

public sealed class CapacityAssessmentTests
{
    private static readonly DateOnly Today = new(2026, 3, 10);
    private static readonly Guid Author = Guid.NewGuid();
    private static readonly DateTimeOffset Now = new(2026, 3, 10, 9, 0, 0, TimeSpan.Zero);

    private static FunctionalCapacityAssessment Assess(DateOnly on, string? summary, params CapacityRating[] ratings) =>
        FunctionalCapacityAssessment.Record(7, on, summary, ratings, Author, Now, Today);

    [Fact]
    public void An_assessment_keeps_its_date_summary_author_and_ratings()
    {
        var assessment = Assess(Today, "  Alkuarvio.  ", new CapacityRating(1, 3, " Kävely sujuu. "), new CapacityRating(2, 5, "  "));

        Assert.Equal(7, assessment.JobSeekerId);
        Assert.Equal(Today, assessment.AssessedOn);
        Assert.Equal("Alkuarvio.", assessment.Summary);
        Assert.Equal(Author, assessment.AuthorId);
        Assert.Equal(Now, assessment.RecordedAt);
        Assert.Equal(2, assessment.Ratings.Count);
        Assert.Equal("Kävely sujuu.", assessment.RatingFor(1)!.Observation);
        Assert.Null(assessment.RatingFor(2)!.Observation);
        Assert.Null(assessment.RatingFor(3));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    public void The_summary_is_optional(string? summary)
    {
        Assert.Null(Assess(Today, summary, new CapacityRating(1, 3, null)).Summary);
    }

    [Fact]
    public void An_assessment_without_ratings_is_refused()
    {
        var refusal = Assert.Throws<DomainException>(() => Assess(Today, null));

        Assert.Equal("Capacity.NoRatings", refusal.MessageKey);
    }

    [Fact]
    public void A_domain_rated_twice_in_one_assessment_is_refused()
    {
        var refusal = Assert.Throws<DomainException>(() => Assess(Today, null, new CapacityRating(1, 3, null), new CapacityRating(1, 4, null)));

        Assert.Equal("Capacity.DomainTwice", refusal.MessageKey);
    }

    [Fact]
    public void An_assessment_dated_in_the_future_is_refused_and_one_dated_today_is_accepted()
    {
        Assert.Equal(Today, Assess(Today, null, new CapacityRating(1, 3, null)).AssessedOn);

        var refusal = Assert.Throws<DomainException>(() => Assess(Today.AddDays(1), null, new CapacityRating(1, 3, null)));
        Assert.Equal("Capacity.DateInFuture", refusal.MessageKey);
    }

    [Fact]
    public void An_assessment_dated_before_2000_is_refused()
    {
        var refusal = Assert.Throws<DomainException>(() => Assess(new DateOnly(1999, 12, 31), null, new CapacityRating(1, 3, null)));

        Assert.Equal("Capacity.DateTooOld", refusal.MessageKey);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    public void Ratings_from_1_to_5_are_accepted(int rating)
    {
        Assert.Equal(rating, new CapacityRating(1, rating, null).Rating);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    [InlineData(-1)]
    public void A_rating_outside_1_to_5_is_refused(int rating)
    {
        var refusal = Assert.Throws<DomainException>(() => new CapacityRating(1, rating, null));

        Assert.Equal("Capacity.RatingOutOfRange", refusal.MessageKey);
    }

    [Fact]
    public void Overlong_observations_and_summaries_are_refused()
    {
        Assert.Equal("Validation.TooLong", Assert.Throws<DomainException>(() =>
            new CapacityRating(1, 3, new string('x', CapacityRating.MaxObservationLength + 1))).MessageKey);
        Assert.Equal("Validation.TooLong", Assert.Throws<DomainException>(() =>
            Assess(Today, new string('x', FunctionalCapacityAssessment.MaxSummaryLength + 1), new CapacityRating(1, 3, null))).MessageKey);
    }

    [Fact]
    public void A_domain_keeps_its_code_names_and_ordinal_and_starts_active()
    {
        var domain = new CapacityDomain(" work-skills_2 ", " Työelämävalmiudet ", "Arbetslivsfärdigheter", "Work skills", 40);

        Assert.Equal("work-skills_2", domain.Code);
        Assert.Equal("Työelämävalmiudet", domain.NameFi);
        Assert.Equal(40, domain.Ordinal);
        Assert.True(domain.IsActive);
        Assert.Equal("Arbetslivsfärdigheter", domain.Name(new CultureInfo("sv-FI")));
        Assert.Equal("Work skills", domain.Name(new CultureInfo("en-GB")));
        Assert.Equal("Työelämävalmiudet", domain.Name(new CultureInfo("fi-FI")));
    }

    [Theory]
    [InlineData("")]
    [InlineData("Physical")]
    [InlineData("fyysinen toimintakyky")]
    [InlineData("äly")]
    public void A_domain_code_other_than_lower_case_letters_digits_and_dashes_is_refused(string code)
    {
        var refusal = Assert.Throws<DomainException>(() => new CapacityDomain(code, "a", "b", "c", 1));

        Assert.Equal("Capacity.CodeInvalid", refusal.MessageKey);
    }

    [Theory]
    [InlineData("", "b", "c")]
    [InlineData("a", " ", "c")]
    [InlineData("a", "b", "")]
    public void A_domain_needs_its_name_in_all_three_languages(string fi, string sv, string en)
    {
        var refusal = Assert.Throws<DomainException>(() => new CapacityDomain("x", fi, sv, en, 1));

        Assert.Equal("Capacity.DomainNameRequired", refusal.MessageKey);
    }

    [Fact]
    public void A_domain_is_renamed_reordered_deactivated_and_activated_again()
    {
        var domain = new CapacityDomain("social", "Sosiaalinen", "Social", "Social", 30);

        domain.Rename("Sosiaalinen toimintakyky", "Social funktionsförmåga", "Social functioning", 35);
        domain.Deactivate();
        Assert.False(domain.IsActive);
        domain.Activate();

        Assert.Equal(("Sosiaalinen toimintakyky", "Social funktionsförmåga", "Social functioning", 35), (domain.NameFi, domain.NameSv, domain.NameEn, domain.Ordinal));
        Assert.True(domain.IsActive);
        Assert.Equal("social", domain.Code);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(10000)]
    public void A_domain_ordinal_outside_0_to_9999_is_refused(int ordinal)
    {
        Assert.Equal("Capacity.OrdinalInvalid", Assert.Throws<DomainException>(() => new CapacityDomain("x", "a", "b", "c", ordinal)).MessageKey);
    }
}
