using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Tyollisyys.Domain.JobSeekers;
using Tyollisyys.Domain.Journal;
using Tyollisyys.Domain.Plans;
using Tyollisyys.Domain.Process;

namespace Tyollisyys.Web.Data.DueItems;

/// <summary>
/// What a save changes that the stored due items depend on: the clients whose record, spells, journal entries or
/// plans (with their actions) are added, changed or deleted, and whether a process rule set changed. Collected before
/// the save (entity objects, since new rows get their ids only when written) and read after it.
/// </summary>
internal sealed class DueItemChanges
{
    private readonly List<JobSeeker> _clients = [];
    private readonly List<JobSearchSpell> _spells = [];
    private readonly List<JournalEntry> _entries = [];
    private readonly List<EmploymentPlan> _plans = [];

    private DueItemChanges()
    {
    }

    public bool RulesChanged { get; private set; }

    public bool IsEmpty => !RulesChanged && _clients.Count + _spells.Count + _entries.Count + _plans.Count == 0;

    public static DueItemChanges Collect(ChangeTracker tracker)
    {
        var changes = new DueItemChanges();
        List<PlanAction>? actions = null;
        foreach (var entry in tracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
            {
                continue;
            }

            switch (entry.Entity)
            {
                case JobSeeker client: changes._clients.Add(client); break;
                case JobSearchSpell spell: changes._spells.Add(spell); break;
                case JournalEntry journal: changes._entries.Add(journal); break;
                case EmploymentPlan plan: changes._plans.Add(plan); break;
                case PlanAction action: (actions ??= []).Add(action); break;
                case ProcessRuleSet: changes.RulesChanged = true; break;
            }
        }

        // An action is owned by its plan, which is always tracked with it.
        if (actions is not null)
        {
            changes._plans.AddRange(tracker.Entries<EmploymentPlan>()
                .Select(e => e.Entity)
                .Where(plan => plan.Actions.Any(a => actions.Contains(a))));
        }

        return changes;
    }

    /// <summary>The affected clients' ids; call after the save, when new rows have theirs.</summary>
    public IReadOnlyCollection<long> ClientIds() =>
        _clients.Select(c => c.Id)
            .Concat(_spells.Select(s => s.JobSeekerId))
            .Concat(_entries.Select(e => e.JobSeekerId))
            .Concat(_plans.Select(p => p.JobSeekerId))
            .Where(id => id > 0)
            .ToHashSet();
}
