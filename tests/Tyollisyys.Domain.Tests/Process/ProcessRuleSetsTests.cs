using Tyollisyys.Domain.Common;
using Tyollisyys.Domain.Process;
using Xunit;

namespace Tyollisyys.Domain.Tests.Process;

public sealed class ProcessRuleSetsTests
{
    [Fact]
    public void The_2025_rules_match_domain_md()
    {
        var rules = ProcessRuleSet.Rules2025;

        Assert.Equal(new DateOnly(2025, 1, 1), rules.EffectiveFrom);
        Assert.Equal(5, rules.InitialInterviewWorkingDays);
        Assert.NotNull(rules.SupplementaryConversations);
        Assert.Equal(5, rules.SupplementaryConversations.InitialCount);
        Assert.Equal(3, rules.SupplementaryConversations.InitialMonths);
        Assert.Equal(2, rules.SupplementaryConversations.LaterCount);
        Assert.Equal(6, rules.SupplementaryConversations.LaterAfterMonths);
        Assert.Equal(1, rules.SupplementaryConversations.LaterWindowMonths);
        Assert.Equal(3, rules.JobSearchConversationIntervalMonths);
    }

    [Fact]
    public void The_2026_rules_match_domain_md()
    {
        var rules = ProcessRuleSet.Rules2026;

        Assert.Equal(new DateOnly(2026, 1, 1), rules.EffectiveFrom);
        Assert.Equal(10, rules.InitialInterviewWorkingDays);
        Assert.Null(rules.SupplementaryConversations);
        Assert.Equal(3, rules.JobSearchConversationIntervalMonths);
    }

    [Theory]
    [InlineData(2025, 1, 1, "2025")]
    [InlineData(2025, 12, 31, "2025")]
    [InlineData(2026, 1, 1, "2026")]
    [InlineData(2030, 6, 1, "2026")]
    public void The_set_in_force_is_the_one_that_took_effect_last_on_or_before_the_date(int year, int month, int day, string expected)
    {
        var date = new DateOnly(year, month, day);

        Assert.Equal(expected, ProcessRuleSets.InForceOn(ProcessRuleSets.Default, date).Name);
        // The order of the sets does not matter.
        Assert.Equal(expected, ProcessRuleSets.InForceOn(ProcessRuleSets.Default.Reverse(), date).Name);
    }

    [Fact]
    public void A_date_before_every_rule_set_is_refused()
    {
        var error = Assert.Throws<DomainException>(() => ProcessRuleSets.InForceOn(ProcessRuleSets.Default, new DateOnly(2024, 12, 31)));

        Assert.Equal("ProcessRules.NoneInForce", error.MessageKey);
    }

    [Fact]
    public void An_interval_shorter_than_a_month_is_refused()
    {
        var error = Assert.Throws<DomainException>(() => new ProcessRuleSet("x", new DateOnly(2027, 1, 1), 5, null, 0));

        Assert.Equal("ProcessRules.InvalidConversationInterval", error.MessageKey);
    }

    [Fact]
    public void A_negative_initial_interview_deadline_is_refused() =>
        Assert.Equal(
            "ProcessRules.InvalidInitialInterviewDays",
            Assert.Throws<DomainException>(() => new ProcessRuleSet("x", new DateOnly(2027, 1, 1), -1, null, 3)).MessageKey);

    [Fact]
    public void A_supplementary_count_without_a_period_is_refused() =>
        Assert.Equal(
            "ProcessRules.InvalidSupplementarySchedule",
            Assert.Throws<DomainException>(() => new SupplementaryConversationRule(5, 0, 0, 0, 0)).MessageKey);

    [Theory]
    [InlineData(61, 3)]
    [InlineData(10, 25)]
    public void Values_beyond_any_law_are_refused_as_typing_errors(int workingDays, int intervalMonths) =>
        Assert.Throws<DomainException>(() => new ProcessRuleSet("x", new DateOnly(2027, 1, 1), workingDays, null, intervalMonths));

    [Fact]
    public void A_revision_replaces_every_value_including_the_schedule()
    {
        var rules = ProcessRuleSet.Rules2025;

        rules.Revise("2025 korjattu", new DateOnly(2025, 2, 1), 7, null, 2);

        Assert.Equal(("2025 korjattu", new DateOnly(2025, 2, 1), 7, 2), (rules.Name, rules.EffectiveFrom, rules.InitialInterviewWorkingDays, rules.JobSearchConversationIntervalMonths));
        Assert.Null(rules.SupplementaryConversations);

        rules.Revise("2025", new DateOnly(2025, 1, 1), 5, new SupplementaryConversationRule(3, 2, 0, 0, 0), 3);

        Assert.Equal(new SupplementaryConversationRule(3, 2, 0, 0, 0), rules.SupplementaryConversations);
    }

    [Fact]
    public void A_refused_revision_changes_nothing()
    {
        var rules = ProcessRuleSet.Rules2026;

        Assert.Throws<DomainException>(() => rules.Revise(" ", new DateOnly(2027, 1, 1), 5, null, 3));

        Assert.Equal(("2026", 10), (rules.Name, rules.InitialInterviewWorkingDays));
    }

    [Fact]
    public void A_count_above_twenty_is_refused() =>
        Assert.Throws<DomainException>(() => new SupplementaryConversationRule(21, 3, 0, 0, 0));
}
