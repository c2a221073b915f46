using Tyollisyys.Domain.WorkTrials;
using Xunit;
using static Tyollisyys.Domain.Tests.WorkTrials.WorkTrialFixtures;

namespace Tyollisyys.Domain.Tests.WorkTrials;

public sealed class WorkTrialSettingsTests
{
    [Fact]
    public void New_settings_hold_the_rule_they_are_given_in_the_single_row()
    {
        var settings = new WorkTrialSettings(new FollowUpRule(3, 6));

        Assert.Equal(WorkTrialSettings.SingleRowId, settings.Id);
        Assert.Equal(new FollowUpRule(3, 6), settings.FollowUpRule);
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 4)]
    [InlineData(FollowUpRule.MaxContactsPerWeek, FollowUpRule.MaxWeeks)]
    public void The_follow_up_rule_changes_within_its_bounds(int contacts, int weeks)
    {
        var settings = new WorkTrialSettings(FollowUpRule.Default);

        settings.ChangeFollowUpRule(new FollowUpRule(contacts, weeks));

        Assert.Equal((contacts, weeks), (settings.FollowUpMinContactsPerWeek, settings.FollowUpForFirstWeeks));
    }

    [Theory]
    [InlineData(-1, 4)]
    [InlineData(FollowUpRule.MaxContactsPerWeek + 1, 4)]
    [InlineData(2, -1)]
    [InlineData(2, FollowUpRule.MaxWeeks + 1)]
    public void A_rule_out_of_bounds_is_refused_and_the_settings_stay_as_they_were(int contacts, int weeks)
    {
        var settings = new WorkTrialSettings(FollowUpRule.Default);

        var refusal = AssertRefused("WorkTrials.FollowUp.InvalidRule", () => settings.ChangeFollowUpRule(new FollowUpRule(contacts, weeks)));

        Assert.Equal(FollowUpRule.Default, settings.FollowUpRule);
        Assert.Equal([FollowUpRule.MaxContactsPerWeek, FollowUpRule.MaxWeeks], refusal.Arguments);
        AssertRefused("WorkTrials.FollowUp.InvalidRule", () => _ = new WorkTrialSettings(new FollowUpRule(contacts, weeks)));
    }
}
