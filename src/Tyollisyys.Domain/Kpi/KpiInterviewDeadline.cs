using Tyollisyys.Domain.Calendar;
using Tyollisyys.Domain.Process;

namespace Tyollisyys.Domain.Kpi;

/// <summary>
/// The initial interview's deadline for a job search starting on a day, as the deadline calculator sets it: the
/// working days of the rule set in force on the start. A job search begun before the first rule set (transferred
/// from the TE office) was asked no interview by this register: null.
/// </summary>
public static class KpiInterviewDeadline
{
    public static DateOnly? For(DateOnly start, IReadOnlyList<ProcessRuleSet> ruleSets)
    {
        ArgumentNullException.ThrowIfNull(ruleSets);
        if (ruleSets.Count == 0 || start < ruleSets.Min(s => s.EffectiveFrom))
        {
            return null;
        }

        return WorkingDays.Add(start, ProcessRuleSets.InForceOn(ruleSets, start).InitialInterviewWorkingDays);
    }
}
