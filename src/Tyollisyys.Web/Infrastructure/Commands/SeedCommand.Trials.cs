using Microsoft.EntityFrameworkCore;
using Tyollisyys.Domain.JobSeekers;
using Tyollisyys.Web.Data;
using Tyollisyys.Web.Data.Generation;
using Tyollisyys.Web.Infrastructure.Localization;

namespace Tyollisyys.Web.Infrastructure.Commands;

/// <summary>
/// Work trials for the benchmark clients (issue 7 item 5): rounds of the demo's trial plans (<see cref="DemoWorkTrials"/>,
/// every state, through the domain, with contacts, attendance, feedback and outcomes) over unemployed generated clients
/// without a kuntalisä decision, one trial each and its continuation where one is interrupted and continued, about
/// <see cref="TrialRounds"/> × 14 trials in all, saved in chunks.
/// </summary>
internal static partial class SeedCommand
{
    private const int TrialRounds = 700;

    private static async Task<int> InsertTrialsAsync(AppDbContext db)
    {
        var bench = db.JobSeekers.Where(c => db.Offices.Any(o => o.Id == c.OfficeId && o.Name.StartsWith(BenchOfficePrefix)));
        if (await db.WorkTrials.AnyAsync(t => bench.Any(c => c.Id == t.JobSeekerId)))
        {
            return 0;
        }

        var today = Formats.FinnishDate(TimeProvider.System.GetUtcNow());
        var plans = DemoWorkTrials.Plans.SelectMany(p => p.Plans).ToList();
        var clients = await bench
            .Where(c => c.CurrentStatus == JobSearchStatus.Unemployed && !db.KuntalisaDecisions.Any(d => d.JobSeekerId == c.Id))
            .OrderBy(c => c.Id)
            .Select(c => c.Id)
            .Take(TrialRounds * plans.Count)
            .ToListAsync();
        var generator = new DemoWorkTrials(today, await db.FollowUpRuleAsync(), await db.Employers.AsNoTracking().Include(e => e.Contacts).ToListAsync());
        for (var round = 0; (round + 1) * plans.Count <= clients.Count; round++)
        {
            generator.AddFor(clients.GetRange(round * plans.Count, plans.Count), [], plans);
        }

        foreach (var chunk in generator.Trials.Chunk(1_000))
        {
            db.WorkTrials.AddRange(chunk);
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }

        var continuations = generator.Continuations();
        foreach (var chunk in continuations.Chunk(1_000))
        {
            db.WorkTrials.AddRange(chunk);
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }

        await db.Database.ExecuteSqlRawAsync("ANALYZE work_trials; ANALYZE work_trial_contacts;");
        return generator.Trials.Count + continuations.Count;
    }
}
