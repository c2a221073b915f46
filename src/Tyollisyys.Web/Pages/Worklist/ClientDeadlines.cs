using Microsoft.EntityFrameworkCore;
using Tyollisyys.Domain.JobSeekers;
using Tyollisyys.Domain.Process;
using Tyollisyys.Web.Data;

namespace Tyollisyys.Web.Pages.Worklist;

/// <summary>One client's due items, with what the worklist shows of the client.</summary>
public sealed record ClientDeadlines(long ClientId, string ClientName, Guid CounsellorId, IReadOnlyList<DueItem> Items);

/// <summary>
/// Computes the due items of a set of clients (issue 4 item 5) from what the register holds: the open spell, the
/// journal entries that meet process events, the plan versions and their actions. A fixed number of queries
/// whatever the number of clients, each projected to the dates the calculator needs; the calculation itself runs
/// in memory with the rule sets loaded once. The caller passes an already access-filtered query of clients.
/// </summary>
public static class ClientDeadlineQuery
{
    public static async Task<IReadOnlyList<ClientDeadlines>> ComputeAsync(
        AppDbContext db, IQueryable<JobSeeker> clients, DateOnly today, CancellationToken cancellationToken = default)
    {
        var rules = await db.ProcessRuleSets.AsNoTracking().ToListAsync(cancellationToken);
        if (rules.Count == 0)
        {
            return [];
        }

        var active = clients.Where(c => c.CurrentStatus != null);
        var people = await active
            .Select(c => new
            {
                c.Id,
                c.LastName,
                c.FirstNames,
                c.CounsellorId,
                c.BirthDate,
                c.UnemployedSince,
                SpellStart = c.Spells.Where(s => s.EndDate == null).Select(s => (DateOnly?)s.StartDate).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);

        var events = await ProcessEvents.LoadAsync(db, active, cancellationToken);

        var result = new List<ClientDeadlines>(people.Count);
        foreach (var person in people)
        {
            if (person.SpellStart is not { } start)
            {
                continue;
            }

            var history = events.HistoryOf(person.Id, start) with
            {
                BirthDate = person.BirthDate,
                UnemployedSince = person.UnemployedSince,
            };
            result.Add(new ClientDeadlines(
                person.Id,
                $"{person.LastName} {person.FirstNames}",
                person.CounsellorId,
                DeadlineCalculator.DueItems(rules, history, today)));
        }

        return result;
    }
}
