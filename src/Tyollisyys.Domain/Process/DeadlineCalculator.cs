using Tyollisyys.Domain.Calendar;
using Tyollisyys.Domain.Common;
using Tyollisyys.Domain.JobSeekers;

namespace Tyollisyys.Domain.Process;

/// <summary>
/// The due items of one client's job-seeker process (domain.md §3, issue 4 item 5), computed from the
/// rule sets and what has been recorded. Each due date uses the rule set in force on the date it concerns:
/// <list type="bullet">
/// <item>Initial interview: the set in force on the job-search start; N working days after it.</item>
/// <item>Employment plan: due at the initial interview at the latest — the interview's due date, or the
/// day it was held if that was earlier.</item>
/// <item>Supplementary conversations: the schedule of the set in force on the start, spread evenly over
/// each window (the last one on the window's end); a conversation whose due date falls under a set that
/// schedules them by need is dropped. The n-th held conversation (by date) meets the n-th due one.</item>
/// <item>Job-search conversations: every interval after the previous one — from the initial interview
/// when held, else from the start; each held conversation meets the one due when it was held and the
/// next is counted from it. The interval is the one of the set in force on the due date.</item>
/// <item>TYP screening and long-term-unemployment onset: the dates of <see cref="JobSeekerFacts"/>.</item>
/// <item>Plan review: each plan version's next review date, met by the next version agreed; the current
/// version's review is open.</item>
/// <item>Plan actions: the current plan's dated actions, met when done.</item>
/// </list>
/// Unmet items are produced up to <see cref="HorizonDays"/> days after today; met ones always.
/// </summary>
public static class DeadlineCalculator
{
    public const int DueSoonDays = 14;

    public const int HorizonDays = 90;

    public static IReadOnlyList<DueItem> DueItems(IEnumerable<ProcessRuleSet> ruleSets, ProcessHistory history, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(ruleSets);
        ArgumentNullException.ThrowIfNull(history);

        var sets = ruleSets.ToList();
        var horizon = today.AddDays(HorizonDays);
        var items = new List<DueItem>();

        var earliest = sets.MinBy(s => s.EffectiveFrom)
            ?? throw new DomainException("ProcessRules.NoneInForce", "There are no process rule sets.", history.JobSearchStart);
        if (history.JobSearchStart < earliest.EffectiveFrom)
        {
            return Transferred(sets, history, earliest.EffectiveFrom, today, horizon);
        }

        var atStart = ProcessRuleSets.InForceOn(sets, history.JobSearchStart);
        var interviewDue = WorkingDays.Add(history.JobSearchStart, atStart.InitialInterviewWorkingDays);
        items.Add(Item(DueItemKind.InitialInterview, null, interviewDue, history.InitialInterviewHeldOn, atStart, today));

        var planDue = history.InitialInterviewHeldOn is { } held && held < interviewDue ? held : interviewDue;
        items.Add(Item(DueItemKind.EmploymentPlan, null, planDue, history.PlanMadeOn, atStart, today));

        items.AddRange(SupplementaryConversations(sets, history, atStart, today));
        items.AddRange(JobSearchConversations(sets, history, history.InitialInterviewHeldOn ?? history.JobSearchStart, today, horizon));
        return Finish(items, history, today, horizon);
    }

    // A job search that began before the first rule set (a client transferred from the TE office on 1.1.2025): its
    // initial interview, first plan and supplementary conversations belonged to the earlier regime and are not
    // asked again; job-search conversations run from the first set's effective date, or the interview if recorded.
    private static List<DueItem> Transferred(
        List<ProcessRuleSet> sets, ProcessHistory history, DateOnly rulesBegin, DateOnly today, DateOnly horizon)
    {
        var items = JobSearchConversations(sets, history, history.InitialInterviewHeldOn ?? rulesBegin, today, horizon).ToList();
        return Finish(items, history, today, horizon);
    }

    private static List<DueItem> Finish(List<DueItem> items, ProcessHistory history, DateOnly today, DateOnly horizon)
    {
        items.AddRange(Milestones(history, today));
        items.AddRange(PlanReviews(history, today));
        items.AddRange(history.PlanActions.Select((a, i) =>
            Item(DueItemKind.PlanAction, i + 1, a.DueDate, a.CompletedOn, null, today) with { Subject = a.What }));

        return items
            .Where(i => i.Status is DueItemStatus.Met or DueItemStatus.Reached || i.DueDate <= horizon)
            .OrderBy(i => i.DueDate)
            .ThenBy(i => i.Kind)
            .ThenBy(i => i.Ordinal)
            .ToList();
    }

    private static IEnumerable<DueItem> SupplementaryConversations(
        List<ProcessRuleSet> sets, ProcessHistory history, ProcessRuleSet atStart, DateOnly today)
    {
        if (atStart.SupplementaryConversations is not { } rule)
        {
            yield break;
        }

        var start = history.JobSearchStart;
        var dueDates = Spread(start, start.AddMonths(rule.InitialMonths), rule.InitialCount)
            .Concat(Spread(
                start.AddMonths(rule.LaterAfterMonths),
                start.AddMonths(rule.LaterAfterMonths + rule.LaterWindowMonths),
                rule.LaterCount));

        var held = history.SupplementaryConversationsHeldOn.Order().ToList();
        var ordinal = 0;
        var matched = 0;
        foreach (var due in dueDates)
        {
            ordinal++;
            var inForce = ProcessRuleSets.InForceOn(sets, due);
            if (inForce.SupplementaryConversations is null)
            {
                continue;
            }

            DateOnly? metOn = matched < held.Count ? held[matched] : null;
            matched++;
            yield return Item(DueItemKind.SupplementaryConversation, ordinal, due, metOn, atStart, today);
        }
    }

    // Count due dates evenly over (from, to]; the last one falls on the window's end.
    private static IEnumerable<DateOnly> Spread(DateOnly from, DateOnly to, int count)
    {
        var days = to.DayNumber - from.DayNumber;
        for (var n = 1; n <= count; n++)
        {
            yield return from.AddDays(days * n / count);
        }
    }

    private static IEnumerable<DueItem> JobSearchConversations(
        List<ProcessRuleSet> sets, ProcessHistory history, DateOnly countFrom, DateOnly today, DateOnly horizon)
    {
        var previous = countFrom;
        var ordinal = 0;
        foreach (var held in history.JobSearchConversationsHeldOn.Order())
        {
            var (metDue, metSet) = NextConversation(sets, previous);
            yield return Item(DueItemKind.JobSearchConversation, ++ordinal, metDue, held, metSet, today);
            previous = held;
        }

        while (true)
        {
            var (due, set) = NextConversation(sets, previous);
            if (due > horizon)
            {
                yield break;
            }

            yield return Item(DueItemKind.JobSearchConversation, ++ordinal, due, null, set, today);
            previous = due;
        }
    }

    // The interval is the one in force on the due date. That date depends on the interval, so it is
    // first counted with the set in force on the previous conversation, then with the set in force on
    // that candidate date; if a later change of interval moved it across yet another boundary, the
    // second count stands — one correction is enough for rule sets years apart.
    private static (DateOnly Due, ProcessRuleSet Set) NextConversation(List<ProcessRuleSet> sets, DateOnly previous)
    {
        var first = ProcessRuleSets.InForceOn(sets, previous);
        var candidate = previous.AddMonths(first.JobSearchConversationIntervalMonths);
        var set = ProcessRuleSets.InForceOn(sets, candidate);
        return (previous.AddMonths(set.JobSearchConversationIntervalMonths), set);
    }

    private static IEnumerable<DueItem> Milestones(ProcessHistory history, DateOnly today)
    {
        if (history.BirthDate is not { } birthDate)
        {
            yield break;
        }

        var facts = JobSeekerFacts.For(birthDate, history.UnemployedSince ?? history.JobSearchStart, today);
        if (facts.TypScreeningFrom is { } typ)
        {
            yield return Item(DueItemKind.TypScreening, null, typ, history.TypScreeningHeldOn, null, today);
        }

        if (facts.LongTermUnemploymentFrom is { } onset)
        {
            var item = Item(DueItemKind.LongTermUnemploymentOnset, null, onset, null, null, today);
            yield return onset <= today ? item with { Status = DueItemStatus.Reached } : item;
        }
    }

    private static IEnumerable<DueItem> PlanReviews(ProcessHistory history, DateOnly today)
    {
        var versions = history.PlanVersions.OrderBy(v => v.AgreedOn).ToList();
        for (var i = 0; i < versions.Count; i++)
        {
            DateOnly? metOn = i + 1 < versions.Count ? versions[i + 1].AgreedOn : null;
            yield return Item(DueItemKind.PlanReview, i + 1, versions[i].NextReviewDate, metOn, null, today);
        }
    }

    private static DueItem Item(
        DueItemKind kind, int? ordinal, DateOnly due, DateOnly? metOn, ProcessRuleSet? set, DateOnly today) =>
        new(kind, ordinal, due, StatusOf(due, metOn, today), metOn, set?.Name);

    private static DueItemStatus StatusOf(DateOnly due, DateOnly? metOn, DateOnly today)
    {
        if (metOn is not null)
        {
            return DueItemStatus.Met;
        }

        if (due < today)
        {
            return DueItemStatus.Overdue;
        }

        return due <= today.AddDays(DueSoonDays) ? DueItemStatus.DueSoon : DueItemStatus.Upcoming;
    }
}
