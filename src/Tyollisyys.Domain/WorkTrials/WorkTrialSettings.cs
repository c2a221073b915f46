namespace Tyollisyys.Domain.WorkTrials;

/// <summary>
/// The work-trial settings an admin keeps (issue 6 item 3): the follow-up rule. One set per installation, because an
/// installation serves one employment area (the organisation has a single <see cref="Organisation.EmploymentArea"/>
/// that every municipality and office belongs to), so it is stored as a single row with <see cref="SingleRowId"/>.
/// </summary>
public sealed class WorkTrialSettings
{
    public const int SingleRowId = 1;

    private WorkTrialSettings()
    {
    }

    public WorkTrialSettings(FollowUpRule followUpRule)
    {
        Id = SingleRowId;
        ChangeFollowUpRule(followUpRule);
    }

    public int Id { get; private set; }

    public int FollowUpMinContactsPerWeek { get; private set; }

    public int FollowUpForFirstWeeks { get; private set; }

    public FollowUpRule FollowUpRule => new(FollowUpMinContactsPerWeek, FollowUpForFirstWeeks);

    /// <summary>Sets the follow-up rule; a rule <see cref="FollowUpRule.Validate"/> refuses leaves the settings as they were.</summary>
    public void ChangeFollowUpRule(FollowUpRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        rule.Validate();
        FollowUpMinContactsPerWeek = rule.MinContactsPerWeek;
        FollowUpForFirstWeeks = rule.ForFirstWeeks;
    }
}
