using Microsoft.EntityFrameworkCore;
using Tyollisyys.Domain.Capacity;
using Tyollisyys.Domain.Journal;

namespace Tyollisyys.Web.Data.Generation;

/// <summary>
/// Demo journal entries and capacity assessments for the demo clients (issue 4, item 7), deterministic and
/// idempotent: it does nothing once any journal entry exists. Entries are written by the client's own
/// counsellor through the domain. Of the clients with an open spell, about three in four have had their initial
/// interview (some late), some have job-search conversations and calls; others have none yet, so that the
/// deadlines show met, due-soon and overdue items. A few entries are health-marked, a few corrected, and about
/// one client in eight has two or three assessments whose ratings move both ways.
/// Call it after the clients are seeded: <c>await JournalAndCapacityDemoData.SeedAsync(db, clock);</c>
/// </summary>
public static class JournalAndCapacityDemoData
{
    private static readonly string[] Conversations =
    [
        "Käytiin läpi hakemukset ja sovittiin seuraavista hakukohteista.",
        "Asiakas on hakenut kolmea paikkaa; yhdestä kutsu haastatteluun.",
        "Päivitettiin CV ja sovittiin työkokeilun selvittämisestä.",
        "Keskusteltiin koulutusvaihtoehdoista ja ammatinvalinnasta.",
    ];

    public static async Task SeedAsync(AppDbContext db, TimeProvider clock)
    {
        if (await db.JournalEntries.AnyAsync())
        {
            return;
        }

        var now = clock.GetUtcNow();
        var today = Infrastructure.Localization.Formats.FinnishDate(now);
        var random = new Random(2026_4);
        var clients = await db.JobSeekers.AsNoTracking()
            .OrderBy(j => j.Id)
            .Select(j => new { j.Id, j.CounsellorId, Start = j.Spells.Where(s => s.EndDate == null).Select(s => (DateOnly?)s.StartDate).FirstOrDefault() })
            .ToListAsync();
        var domains = await db.CapacityDomains.AsNoTracking().Where(d => d.IsActive).OrderBy(d => d.Ordinal).Select(d => d.Id).ToListAsync();

        foreach (var client in clients)
        {
            var start = client.Start is { } s && s > JournalEntry.EarliestDate ? s : today.AddDays(-random.Next(10, 400));
            if (start > today)
            {
                continue;
            }

            JournalEntry Entry(JournalEntryType type, ContactChannel? channel, DateOnly on, string text, bool health = false) =>
                JournalEntry.Record(client.Id, type, channel, Min(on, today), text, health, client.CounsellorId, now, today);

            var roll = random.NextDouble();
            if (roll < 0.75)
            {
                // Initial interview, within the deadline for most, a few days late for some.
                var held = start.AddDays(roll < 0.6 ? random.Next(2, 10) : random.Next(15, 30));
                var interview = Entry(JournalEntryType.InitialInterview, ContactChannel.InPerson, held, "Alkuhaastattelu pidetty. Kartoitettiin osaaminen, tavoitteet ja palvelutarve.");
                db.JournalEntries.Add(interview);
                if (random.NextDouble() < 0.08)
                {
                    db.JournalEntries.Add(interview.Correct(
                        JournalEntryType.InitialInterview, ContactChannel.Video, interview.OccurredOn,
                        interview.Text + " Tapaaminen pidettiin videoyhteydellä.", false, "Yhteystapa oli kirjattu väärin.", client.CounsellorId, now, today));
                }

                for (var next = held.AddMonths(3); next <= today && random.NextDouble() < 0.8; next = next.AddMonths(3))
                {
                    db.JournalEntries.Add(Entry(JournalEntryType.JobSearchConversation, random.NextDouble() < 0.7 ? ContactChannel.InPerson : ContactChannel.Phone,
                        next.AddDays(-random.Next(0, 10)), Conversations[random.Next(Conversations.Length)]));
                }

                if (random.NextDouble() < 0.4)
                {
                    db.JournalEntries.Add(Entry(JournalEntryType.PhoneCall, null, Min(held.AddDays(random.Next(5, 40)), today), "Soitto asiakkaalle: muistutus tulevasta tapaamisesta."));
                }

                if (random.NextDouble() < 0.12)
                {
                    db.JournalEntries.Add(Entry(JournalEntryType.Note, null, Min(held.AddDays(random.Next(1, 60)), today),
                        "Asiakas kertoi pitkäaikaissairaudesta, joka rajoittaa fyysistä työtä. Selvitetään työkyvyn tuen palvelut.", health: true));
                }
            }

            if (domains.Count > 0 && random.NextDouble() < 0.125)
            {
                AddAssessments(db, random, client.Id, client.CounsellorId, domains, start, today, now);
            }
        }

        await db.SaveChangesAsync();
    }

    private static void AddAssessments(AppDbContext db, Random random, long clientId, Guid author, List<int> domains, DateOnly start, DateOnly today, DateTimeOffset now)
    {
        var ratings = domains.ToDictionary(d => d, _ => random.Next(1, 5));
        var count = random.Next(2, 4);
        DateOnly? previous = null;
        for (var i = 0; i < count; i++)
        {
            // Start, middle and end of a coaching period, two months apart; none after today.
            var on = Min(start.AddDays(14 + (i * 60)), today);
            var rated = domains.Where(_ => random.NextDouble() < 0.9).Select(d => new CapacityRating(d, ratings[d], i == 0 && d == domains[0] ? "Lähtötilanne kartoitettu." : null)).ToList();
            if (rated.Count == 0 || on == previous)
            {
                continue;
            }

            previous = on;

            db.CapacityAssessments.Add(FunctionalCapacityAssessment.Record(clientId, on, i == 0 ? "Alkuarvio valmennusjakson alussa." : null, rated, author, now, today));
            foreach (var domain in domains)
            {
                ratings[domain] = Math.Clamp(ratings[domain] + random.Next(-1, 3), CapacityRating.Lowest, CapacityRating.Highest);
            }
        }
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
