using Microsoft.EntityFrameworkCore;
using Tyollisyys.Domain.JobSeekers;
using Tyollisyys.Domain.Journal;
using Tyollisyys.Domain.Plans;
using Tyollisyys.Domain.Process;
using Tyollisyys.Web.Data;

namespace Tyollisyys.Web.Pages.Worklist;

/// <summary>
/// The recorded events that meet due items, for a set of clients (issue 4 item 5): the journal's initial
/// interviews, job-search and supplementary conversations and TYP screenings (current versions only, so a
/// corrected type or date counts as corrected), and the plan versions with the current version's dated actions.
/// A multisectoral plan also meets the TYP screening: it is made after the screening found the need.
/// Three queries whatever the number of clients; only events on or after the job search began count.
/// </summary>
public sealed class ProcessEvents
{
    private static readonly JournalEntryType[] MeetingTypes =
    [
        JournalEntryType.InitialInterview,
        JournalEntryType.JobSearchConversation,
        JournalEntryType.SupplementaryConversation,
        JournalEntryType.TypScreening,
    ];

    private readonly ILookup<long, (JournalEntryType Type, DateOnly On)> _meetings;
    private readonly ILookup<long, (int Version, PlanType Type, DateOnly AgreedOn, DateOnly NextReview)> _plans;
    private readonly ILookup<long, (string What, DateOnly Due, PlanActionStatus Status, DateOnly? CompletedOn)> _actions;

    private ProcessEvents(
        ILookup<long, (JournalEntryType, DateOnly)> meetings,
        ILookup<long, (int, PlanType, DateOnly, DateOnly)> plans,
        ILookup<long, (string, DateOnly, PlanActionStatus, DateOnly?)> actions)
    {
        _meetings = meetings;
        _plans = plans;
        _actions = actions;
    }

    public static async Task<ProcessEvents> LoadAsync(AppDbContext db, IQueryable<JobSeeker> clients, CancellationToken cancellationToken)
    {
        var ids = clients.Select(c => c.Id);
        var meetings = await db.JournalEntries.AsNoTracking()
            .Where(e => ids.Contains(e.JobSeekerId)
                && MeetingTypes.Contains(e.Type)
                && !db.JournalEntries.Any(later => later.SeriesId == e.SeriesId && later.Version > e.Version))
            .Select(e => new { e.JobSeekerId, e.Type, e.OccurredOn })
            .ToListAsync(cancellationToken);

        var plans = await db.EmploymentPlans.AsNoTracking()
            .Where(p => ids.Contains(p.JobSeekerId))
            .Select(p => new { p.JobSeekerId, p.Version, p.Type, p.AgreedOn, p.NextReviewDate })
            .ToListAsync(cancellationToken);

        var actions = await db.EmploymentPlans.AsNoTracking()
            .Where(p => ids.Contains(p.JobSeekerId)
                && !db.EmploymentPlans.Any(later => later.JobSeekerId == p.JobSeekerId && later.Version > p.Version))
            .SelectMany(p => p.Actions
                .Where(a => a.DueDate != null && a.Status != PlanActionStatus.Cancelled)
                .Select(a => new { p.JobSeekerId, p.AgreedOn, a.What, a.DueDate, a.Status, a.CompletedOn }))
            .ToListAsync(cancellationToken);

        return new ProcessEvents(
            meetings.ToLookup(m => m.JobSeekerId, m => (m.Type, m.OccurredOn)),
            plans.ToLookup(p => p.JobSeekerId, p => (p.Version, p.Type, p.AgreedOn, p.NextReviewDate)),
            actions.ToLookup(a => a.JobSeekerId, a => (a.What, a.DueDate!.Value, a.Status, a.Status == PlanActionStatus.Done ? a.CompletedOn : null)));
    }

    /// <summary>The history of one client's job search that began on <paramref name="spellStart"/>.</summary>
    public ProcessHistory HistoryOf(long clientId, DateOnly spellStart)
    {
        var meetings = _meetings[clientId].Where(m => m.On >= spellStart).ToList();
        var plans = _plans[clientId].Where(p => p.AgreedOn >= spellStart).OrderBy(p => p.Version).ToList();

        DateOnly? First(JournalEntryType type) =>
            meetings.Where(m => m.Type == type).Select(m => (DateOnly?)m.On).Min();

        var screenings = new[]
        {
            First(JournalEntryType.TypScreening),
            plans.Where(p => p.Type == PlanType.Multisectoral).Select(p => (DateOnly?)p.AgreedOn).Min(),
        };

        // The current plan's actions count only when that plan was agreed in this job search.
        var currentInSpell = plans.Count > 0 && plans[^1].Version == _plans[clientId].Max(p => p.Version);
        var actions = currentInSpell
            ? _actions[clientId].Select(a => new PlanActionDeadline(a.What, a.Due, a.CompletedOn)).ToList()
            : [];

        return new ProcessHistory(spellStart)
        {
            InitialInterviewHeldOn = First(JournalEntryType.InitialInterview),
            PlanMadeOn = plans.Count > 0 ? plans.Min(p => p.AgreedOn) : null,
            SupplementaryConversationsHeldOn = [.. meetings.Where(m => m.Type == JournalEntryType.SupplementaryConversation).Select(m => m.On)],
            JobSearchConversationsHeldOn = [.. meetings.Where(m => m.Type == JournalEntryType.JobSearchConversation).Select(m => m.On)],
            TypScreeningHeldOn = screenings.Where(d => d is not null).Min(),
            PlanVersions = [.. plans.Select(p => new PlanVersionDates(p.AgreedOn, p.NextReview))],
            PlanActions = actions,
        };
    }
}
