using Tyollisyys.Domain.Common;
using Tyollisyys.Domain.Plans;
using Xunit;
using static Tyollisyys.Domain.Tests.Plans.PlanFixtures;

namespace Tyollisyys.Domain.Tests.Plans;

public sealed class PlanComparisonTests
{
    [Fact]
    public void Two_versions_with_the_same_content_have_no_differences()
    {
        var action = Action();
        var first = Agree(Content(action));
        var second = Agree(Content(action), first);

        var comparison = PlanComparison.Between(first, second);

        Assert.False(comparison.HasDifferences);
        Assert.Empty(comparison.Fields);
        Assert.Empty(comparison.Obligations);
        Assert.Empty(comparison.Actions);
        Assert.Same(first, comparison.Older);
        Assert.Same(second, comparison.Newer);
    }

    [Fact]
    public void Changed_plan_fields_are_listed_with_old_and_new_values_in_field_order()
    {
        var first = Agree(Content());
        var second = Agree(
            Content() with { Type = PlanType.Multisectoral, Goals = "Opinnot", AgreedOn = AgreedOn.AddDays(1), NextReviewDate = AgreedOn.AddMonths(6) },
            first);

        var fields = PlanComparison.Between(first, second).Fields;

        Assert.Equal(
            [
                new FieldChange<PlanField>(PlanField.Type, PlanType.Employment, PlanType.Multisectoral),
                new FieldChange<PlanField>(PlanField.Goals, "Työpaikka varastoalalta", "Opinnot"),
                new FieldChange<PlanField>(PlanField.AgreedOn, AgreedOn, AgreedOn.AddDays(1)),
                new FieldChange<PlanField>(PlanField.NextReviewDate, AgreedOn.AddMonths(3), AgreedOn.AddMonths(6)),
            ],
            fields);
    }

    [Fact]
    public void Only_the_changed_field_is_listed()
    {
        var first = Agree(Content());
        var second = Agree(Content() with { Goals = "Opinnot" }, first);

        var change = Assert.Single(PlanComparison.Between(first, second).Fields);

        Assert.Equal(PlanField.Goals, change.Field);
    }

    [Fact]
    public void A_changed_obligation_period_lists_its_changed_fields()
    {
        var first = Agree(Content());
        var second = Agree(Content() with { Obligation = [(4, null), (2, "Kuntoutus"), (4, null)] }, first);

        var change = Assert.Single(PlanComparison.Between(first, second).Obligations);

        Assert.Equal(2, change.Number);
        Assert.Equal(
            [
                new FieldChange<ObligationField>(ObligationField.JobsRequired, 4, 2),
                new FieldChange<ObligationField>(ObligationField.ReducedReason, null, "Kuntoutus"),
            ],
            change.Fields);
    }

    [Fact]
    public void Moving_the_first_period_changes_the_dates_of_all_three()
    {
        var first = Agree(Content());
        var second = Agree(Content() with { FirstObligationPeriodStart = AgreedOn.AddDays(5) }, first);

        var changes = PlanComparison.Between(first, second).Obligations;

        Assert.Equal([1, 2, 3], changes.Select(c => c.Number));
        Assert.All(changes, c => Assert.Equal([ObligationField.StartDate, ObligationField.EndDate], c.Fields.Select(f => f.Field)));
        Assert.Equal(AgreedOn, changes[0].Fields[0].Old);
        Assert.Equal(AgreedOn.AddDays(5), changes[0].Fields[0].New);
    }

    [Fact]
    public void An_added_action_is_reported_as_added()
    {
        var kept = Action();
        var added = Action("Työkokeilu");
        var first = Agree(Content(kept));
        var second = Agree(Content(kept, added), first);

        var change = Assert.Single(PlanComparison.Between(first, second).Actions);

        Assert.Equal(ActionChangeKind.Added, change.Kind);
        Assert.Null(change.Old);
        Assert.Equal(added, change.New);
        Assert.Equal(added.Key, change.Key);
        Assert.Empty(change.Fields);
    }

    [Fact]
    public void A_removed_action_is_reported_as_removed()
    {
        var kept = Action();
        var removed = Action("Työkokeilu");
        var first = Agree(Content(kept, removed));
        var second = Agree(Content(kept), first);

        var change = Assert.Single(PlanComparison.Between(first, second).Actions);

        Assert.Equal(ActionChangeKind.Removed, change.Kind);
        Assert.Equal(removed, change.Old);
        Assert.Null(change.New);
        Assert.Equal(removed.Key, change.Key);
    }

    [Fact]
    public void An_edited_action_keeps_its_key_and_is_reported_as_changed_field_by_field()
    {
        var before = Action();
        var after = before with
        {
            What = "Hae kymmentä työpaikkaa",
            Responsible = ActionResponsible.OtherOrganisation,
            OrganisationName = "Kela",
            DueDate = AgreedOn.AddMonths(2),
            Status = PlanActionStatus.Done,
            CompletedOn = Today,
            ServiceId = 4,
        };
        var first = Agree(Content(before));
        var second = Agree(Content(after), first);

        var change = Assert.Single(PlanComparison.Between(first, second).Actions);

        Assert.Equal(ActionChangeKind.Changed, change.Kind);
        Assert.Equal(before.Key, change.Key);
        Assert.Equal(
            [
                new FieldChange<ActionField>(ActionField.What, before.What, after.What),
                new FieldChange<ActionField>(ActionField.Responsible, ActionResponsible.JobSeeker, ActionResponsible.OtherOrganisation),
                new FieldChange<ActionField>(ActionField.OrganisationName, null, "Kela"),
                new FieldChange<ActionField>(ActionField.DueDate, before.DueDate, after.DueDate),
                new FieldChange<ActionField>(ActionField.Status, PlanActionStatus.Agreed, PlanActionStatus.Done),
                new FieldChange<ActionField>(ActionField.CompletedOn, null, Today),
                new FieldChange<ActionField>(ActionField.ServiceId, null, 4),
            ],
            change.Fields);
    }

    [Fact]
    public void An_action_with_the_same_text_but_a_new_key_is_a_removal_and_an_addition()
    {
        var before = Action();
        var first = Agree(Content(before));
        var second = Agree(Content(before with { Key = Guid.NewGuid() }), first);

        var kinds = PlanComparison.Between(first, second).Actions.Select(a => a.Kind);

        Assert.Equal([ActionChangeKind.Added, ActionChangeKind.Removed], kinds);
    }

    [Fact]
    public void Unchanged_actions_are_not_listed_among_changed_ones()
    {
        var same = Action("Sama");
        var edited = Action("Vanha");
        var first = Agree(Content(same, edited));
        var second = Agree(Content(same, edited with { What = "Uusi" }), first);

        var change = Assert.Single(PlanComparison.Between(first, second).Actions);

        Assert.Equal(edited.Key, change.Key);
    }

    [Fact]
    public void A_reordered_action_is_not_a_change()
    {
        var a = Action("A");
        var b = Action("B");
        var first = Agree(Content(a, b));
        var second = Agree(Content(b, a), first);

        Assert.False(PlanComparison.Between(first, second).HasDifferences);
    }

    [Fact]
    public void Comparing_backwards_swaps_added_and_removed()
    {
        var added = Action();
        var first = Agree(Content());
        var second = Agree(Content(added), first);

        var change = Assert.Single(PlanComparison.Between(second, first).Actions);

        Assert.Equal(ActionChangeKind.Removed, change.Kind);
    }

    [Fact]
    public void Versions_of_different_clients_cannot_be_compared()
    {
        var refusal = Assert.Throws<DomainException>(() => PlanComparison.Between(Agree(Content(), client: 1), Agree(Content(), client: 2)));

        Assert.Equal("Plans.OtherClientsPlan", refusal.MessageKey);
    }
}
