using Microsoft.EntityFrameworkCore;
using Tyollisyys.Domain.Plans;

namespace Tyollisyys.Web.Data;

/// <summary>
/// Plans for the demo clients: about every third client gets a plan, some with two or three versions, a few with a
/// reduced obligation, and review dates that are past, near and far, so the worklist has something to show.
/// Call after the clients are seeded (DemoData.SeedAsync); does nothing if any plan exists.
/// </summary>
public static class PlanDemoData
{
    private static readonly string[] Goals =
    [
        "Työpaikka varasto- ja logistiikka-alalta Kajaanin seudulta.",
        "Ammatillinen koulutus sosiaali- ja terveysalalle syksyllä alkavaan koulutukseen.",
        "Osa-aikatyö kaupan alalta, työkyvyn huomioiden.",
        "Paluu rakennusalalle; työturvallisuuskortin uusiminen.",
    ];

    public static async Task SeedAsync(AppDbContext db, TimeProvider clock)
    {
        if (await db.EmploymentPlans.AnyAsync())
        {
            return;
        }

        var today = Infrastructure.Localization.Formats.FinnishToday(clock);
        var services = await db.ServiceOfferings.Where(s => s.IsActive).OrderBy(s => s.Id).Select(s => s.Id).ToListAsync();
        var clients = await db.JobSeekers.AsNoTracking().OrderBy(j => j.Id).Select(j => new { j.Id, j.CounsellorId }).ToListAsync();
        for (var i = 0; i < clients.Count; i += 3)
        {
            var client = clients[i];
            var versions = 1 + (i / 3 % 3);
            EmploymentPlan? current = null;
            for (var v = 0; v < versions; v++)
            {
                // The last version was agreed between 0 and 100 days ago: its review (3 months on) is past, near or far.
                var agreedOn = today.AddDays(-(i % 101) - ((versions - 1 - v) * 90));
                var reduced = i % 4 == 0;
                var actions = new List<PlanAction>(current?.Actions.Select(a => v == versions - 1 && a.IsOpen
                    ? a with { Status = PlanActionStatus.Done, CompletedOn = agreedOn }
                    : a) ?? [])
                {
                    new(Guid.Empty, "Hae vähintään neljää työpaikkaa kuukaudessa", Domain.Plans.ActionResponsible.JobSeeker, null, agreedOn.AddMonths(1), PlanActionStatus.Agreed, null, null),
                };
                if (services.Count > 0 && v == 0)
                {
                    actions.Add(new(Guid.Empty, "Osallistu palveluun", Domain.Plans.ActionResponsible.Counsellor, null, agreedOn.AddDays(45), PlanActionStatus.InProgress, null, services[i % services.Count]));
                }

                var content = new PlanContent(
                    (PlanType)(1 + (i % 4)),
                    Goals[i % Goals.Length],
                    agreedOn,
                    agreedOn.AddMonths(3),
                    actions,
                    agreedOn,
                    reduced ? [(2, "Osallistuu kuntouttavaan työtoimintaan kolmena päivänä viikossa."), (4, null), (4, null)] : [(4, null), (4, null), (4, null)]);
                current = EmploymentPlan.Agree(client.Id, current, content, client.CounsellorId, clock.GetUtcNow(), today);
                db.EmploymentPlans.Add(current);
            }
        }

        await db.SaveChangesAsync();
    }
}
