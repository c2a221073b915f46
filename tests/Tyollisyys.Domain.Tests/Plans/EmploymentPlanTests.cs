using Tyollisyys.Domain.Common;
using Tyollisyys.Domain.Plans;
using Xunit;
using static Tyollisyys.Domain.Tests.Plans.PlanFixtures;

namespace Tyollisyys.Domain.Tests.Plans;

public sealed class EmploymentPlanTests
{
    [Fact]
    public void The_first_agreed_plan_is_version_1_with_its_content()
    {
        var action = Action();

        var plan = Agree(Content(action) with { Goals = "  Työpaikka  " });

        Assert.Equal(1, plan.Version);
        Assert.Equal(7, plan.JobSeekerId);
        Assert.Equal("Työpaikka", plan.Goals);
        Assert.Equal(AgreedOn, plan.AgreedOn);
        Assert.Equal(AgreedOn.AddMonths(3), plan.NextReviewDate);
        Assert.Equal(Author, plan.AuthorId);
        Assert.Equal(SavedAt, plan.SavedAt);
        Assert.Equal(action, Assert.Single(plan.Actions));
        Assert.Equal(1, plan.OpenActionCount);
    }

    [Fact]
    public void Saving_again_makes_the_next_version_and_leaves_the_earlier_one_as_it_was()
    {
        var first = Agree(Content(Action()));

        var second = Agree(Content() with { Goals = "Opiskelupaikka" }, first);
        var third = Agree(Content(), second);

        Assert.Equal(2, second.Version);
        Assert.Equal(3, third.Version);
        Assert.Equal("Työpaikka varastoalalta", first.Goals);
        Assert.Single(first.Actions);
        Assert.Empty(second.Actions);
    }

    [Fact]
    public void A_new_version_cannot_build_on_another_clients_plan()
    {
        var others = Agree(Content(), client: 8);

        var refusal = Assert.Throws<DomainException>(() => Agree(Content(), others, client: 7));

        Assert.Equal("Plans.OtherClientsPlan", refusal.MessageKey);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void Goals_are_required(string? goals)
    {
        var refusal = Assert.Throws<DomainException>(() => Agree(Content() with { Goals = goals! }));

        Assert.Equal("Plans.GoalsRequired", refusal.MessageKey);
    }

    [Fact]
    public void An_undefined_plan_type_is_refused()
    {
        var refusal = Assert.Throws<DomainException>(() => Agree(Content() with { Type = (PlanType)9 }));

        Assert.Equal("Plans.TypeRequired", refusal.MessageKey);
    }

    [Fact]
    public void A_plan_cannot_be_agreed_in_the_future_but_today_is_fine()
    {
        var refusal = Assert.Throws<DomainException>(() => Agree(Content() with { AgreedOn = Today.AddDays(1), NextReviewDate = Today.AddMonths(1), FirstObligationPeriodStart = Today }));
        var todays = Agree(Content() with { AgreedOn = Today, NextReviewDate = Today.AddMonths(3) });

        Assert.Equal("Plans.AgreedInFuture", refusal.MessageKey);
        Assert.Equal(Today, todays.AgreedOn);
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(-1, false)]
    [InlineData(1, true)]
    [InlineData(365, true)]
    [InlineData(366, false)]
    public void The_next_review_is_after_the_agreement_and_within_12_months(int daysAfter, bool accepted)
    {
        // 10.3.2026 + 12 months = 10.3.2027, which is 365 days later.
        var content = Content() with { NextReviewDate = AgreedOn.AddDays(daysAfter) };

        if (accepted)
        {
            Assert.Equal(AgreedOn.AddDays(daysAfter), Agree(content).NextReviewDate);
        }
        else
        {
            Assert.Equal("Plans.ReviewOutOfRange", Assert.Throws<DomainException>(() => Agree(content)).MessageKey);
        }
    }

    [Fact]
    public void Thirty_actions_are_allowed_and_the_thirty_first_is_refused()
    {
        var thirty = Enumerable.Range(0, 30).Select(_ => Action()).ToArray();

        Assert.Equal(30, Agree(Content(thirty)).Actions.Count);
        var refusal = Assert.Throws<DomainException>(() => Agree(Content([.. thirty, Action()])));
        Assert.Equal("Plans.TooManyActions", refusal.MessageKey);
    }

    [Fact]
    public void The_same_action_twice_is_refused()
    {
        var action = Action();

        var refusal = Assert.Throws<DomainException>(() => Agree(Content(action, action with { What = "Toinen" })));

        Assert.Equal("Plans.DuplicateAction", refusal.MessageKey);
    }

    [Fact]
    public void The_first_obligation_period_starts_within_a_year_of_the_agreement()
    {
        var early = Assert.Throws<DomainException>(() => Agree(Content() with { FirstObligationPeriodStart = AgreedOn.AddYears(-1).AddDays(-1) }));
        var late = Assert.Throws<DomainException>(() => Agree(Content() with { FirstObligationPeriodStart = AgreedOn.AddYears(1).AddDays(1) }));

        Assert.Equal("Plans.ObligationStartOutOfRange", early.MessageKey);
        Assert.Equal("Plans.ObligationStartOutOfRange", late.MessageKey);
    }
}
