using Tyollisyys.Domain.Common;
using Tyollisyys.Domain.Plans;
using Xunit;
using static Tyollisyys.Domain.Tests.Plans.PlanFixtures;

namespace Tyollisyys.Domain.Tests.Plans;

public sealed class PlanActionTests
{
    private static PlanAction Single(PlanAction action) => Assert.Single(Agree(Content(action)).Actions);

    private static string Refusal(params PlanAction[] actions) =>
        Assert.Throws<DomainException>(() => Agree(Content(actions))).MessageKey;

    [Fact]
    public void An_action_needs_a_description_and_the_refusal_names_its_row()
    {
        var refusal = Assert.Throws<DomainException>(() => Agree(Content(Action(), Action(" "))));

        Assert.Equal("Plans.ActionWhatRequired", refusal.MessageKey);
        Assert.Equal([2], refusal.Arguments);
    }

    [Fact]
    public void An_action_without_a_key_gets_one_and_a_kept_key_stays()
    {
        var kept = Action();

        var plan = Agree(Content(kept with { What = " Uusi " }, Action() with { Key = Guid.Empty }));

        Assert.Equal(kept.Key, plan.Actions[0].Key);
        Assert.Equal("Uusi", plan.Actions[0].What);
        Assert.NotEqual(Guid.Empty, plan.Actions[1].Key);
    }

    [Fact]
    public void Another_organisations_action_names_the_organisation()
    {
        Assert.Equal("Plans.ActionOrganisationRequired", Refusal(Action(responsible: ActionResponsible.OtherOrganisation)));
        Assert.Equal("Validation.TooLong", Refusal(Action(responsible: ActionResponsible.OtherOrganisation) with { OrganisationName = new string('x', 201) }));
        Assert.Equal("Kela", Single(Action(responsible: ActionResponsible.OtherOrganisation) with { OrganisationName = " Kela " }).OrganisationName);
    }

    [Fact]
    public void An_organisation_name_is_dropped_when_the_client_or_counsellor_is_responsible()
    {
        Assert.Null(Single(Action(responsible: ActionResponsible.Counsellor) with { OrganisationName = "Kela" }).OrganisationName);
    }

    [Fact]
    public void A_done_action_needs_its_completion_date_not_in_the_future()
    {
        var done = Action() with { Status = PlanActionStatus.Done };

        Assert.Equal("Plans.ActionCompletedOnRequired", Refusal(done));
        Assert.Equal("Plans.ActionCompletedInFuture", Refusal(done with { CompletedOn = Today.AddDays(1) }));
        Assert.Equal(Today, Single(done with { CompletedOn = Today }).CompletedOn);
    }

    [Theory]
    [InlineData(PlanActionStatus.Agreed)]
    [InlineData(PlanActionStatus.InProgress)]
    [InlineData(PlanActionStatus.Cancelled)]
    public void A_completion_date_is_dropped_from_an_action_that_is_not_done(PlanActionStatus status)
    {
        Assert.Null(Single(Action() with { Status = status, CompletedOn = Today }).CompletedOn);
    }

    [Fact]
    public void A_due_date_more_than_a_year_before_the_agreement_is_refused_as_a_typing_error()
    {
        Assert.Equal("Plans.ActionDueTooEarly", Refusal(Action() with { DueDate = AgreedOn.AddYears(-1).AddDays(-1) }));
        Assert.Equal(AgreedOn.AddYears(-1), Single(Action() with { DueDate = AgreedOn.AddYears(-1) }).DueDate);
        Assert.Null(Single(Action() with { DueDate = null }).DueDate);
    }

    [Fact]
    public void Undefined_responsible_and_status_values_are_refused()
    {
        Assert.Equal("Plans.ActionResponsibleInvalid", Refusal(Action() with { Responsible = (ActionResponsible)0 }));
        Assert.Equal("Plans.ActionStatusInvalid", Refusal(Action() with { Status = (PlanActionStatus)9 }));
    }

    [Fact]
    public void Open_actions_are_the_agreed_and_in_progress_ones()
    {
        var plan = Agree(Content(
            Action(),
            Action() with { Status = PlanActionStatus.InProgress },
            Action() with { Status = PlanActionStatus.Done, CompletedOn = Today },
            Action() with { Status = PlanActionStatus.Cancelled }));

        Assert.Equal(2, plan.OpenActionCount);
    }

    [Fact]
    public void An_action_may_name_a_service_of_the_catalogue()
    {
        Assert.Equal(3, Single(Action() with { ServiceId = 3 }).ServiceId);
    }
}
