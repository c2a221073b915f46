using Microsoft.EntityFrameworkCore;
using Tyollisyys.Web.Data;
using Tyollisyys.Web.Data.Generation;
using Tyollisyys.Web.Infrastructure.Localization;

namespace Tyollisyys.Web.Infrastructure.Commands;

/// <summary>
/// Kuntalisä decisions for the benchmark clients (issue 7 item 5), made by <see cref="DemoDecisions"/> through the domain
/// in the same mix of states as the demo's, <see cref="DecisionsPerMunicipality"/> a municipality that has a rule
/// version. Numbers continue each municipality's series; since thousands of approvals would overrun the demo
/// appropriations, each year's appropriation is raised afterwards to what its decisions commit, if that is more.
/// </summary>
internal static partial class SeedCommand
{
    private const int DecisionsPerMunicipality = 2_000;
    private const int ResidentsPerRound = 80;

    private static async Task<int> InsertDecisionsAsync(AppDbContext db)
    {
        var bench = db.JobSeekers.Where(c => db.Offices.Any(o => o.Id == c.OfficeId && o.Name.StartsWith(BenchOfficePrefix)));
        if (await db.KuntalisaDecisions.AnyAsync(d => bench.Any(c => c.Id == d.JobSeekerId)))
        {
            return 0;
        }

        var today = Formats.FinnishDate(TimeProvider.System.GetUtcNow());
        var decider = await db.Users.Where(u => u.UserName == BenchmarkManager).Select(u => u.Id).SingleAsync();
        var rules = await db.KuntalisaRuleVersions.AsNoTracking().ToListAsync();
        var municipalities = rules.Select(r => r.MunicipalityId).Distinct().Order().ToList();
        var unlimited = municipalities
            .SelectMany(m => new[] { (m, today.Year - 1), (m, today.Year) })
            .ToDictionary(k => k, _ => 1_000_000_000_000m);
        var lastNumbers = await db.KuntalisaNumberSeries.AsNoTracking()
            .ToDictionaryAsync(s => (s.MunicipalityId, s.Year), s => s.LastSequence);
        var generator = new DemoDecisions(
            today, decider, rules, await db.Employers.AsNoTracking().ToListAsync(), unlimited, lastNumbers);

        var stages = DemoDecisions.KajaaniStages;
        foreach (var municipalityId in municipalities)
        {
            var residents = await bench.AsNoTracking().Where(c => c.HomeMunicipalityId == municipalityId && c.CurrentStatus != null)
                .OrderBy(c => c.Id).Take(DecisionsPerMunicipality * 4).ToListAsync();
            // Rounds of one pass through the stages over a fresh slice of residents keep the generator's search short.
            var before = generator.Decisions.Count;
            for (var round = 0; generator.Decisions.Count - before < DecisionsPerMunicipality && (round + 1) * ResidentsPerRound <= residents.Count; round++)
            {
                generator.AddFor(municipalityId, residents.GetRange(round * ResidentsPerRound, ResidentsPerRound), stages);
            }
        }

        foreach (var chunk in generator.Decisions.Chunk(1_000))
        {
            db.KuntalisaDecisions.AddRange(chunk);
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }

        foreach (var series in generator.Series)
        {
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO kuntalisa_number_series (municipality_id, year, last_sequence) VALUES ({series.MunicipalityId}, {series.Year}, {series.LastSequence})
                ON CONFLICT (municipality_id, year) DO UPDATE SET last_sequence = GREATEST(kuntalisa_number_series.last_sequence, EXCLUDED.last_sequence)
                """);
        }

        await db.Database.ExecuteSqlRawAsync("""
            INSERT INTO kuntalisa_appropriations (municipality_id, year, amount)
            SELECT municipality_id, number_year, sum(committed) FROM kuntalisa_decisions
            WHERE number_year IS NOT NULL GROUP BY municipality_id, number_year
            ON CONFLICT (municipality_id, year) DO UPDATE SET amount = GREATEST(kuntalisa_appropriations.amount, EXCLUDED.amount);
            ANALYZE kuntalisa_decisions; ANALYZE kuntalisa_payment_claims;
            """);
        return generator.Decisions.Count;
    }
}
