using Microsoft.EntityFrameworkCore;
using Tyollisyys.Domain.Organisation;
using Tyollisyys.Domain.WorkTrials;
using Tyollisyys.Web.Data;
using Tyollisyys.Web.Tests.Support;

namespace Tyollisyys.Web.Tests.Manager;

/// <summary>
/// A fresh office with a caseload target of 3 and known clients, built once per test class on top of the demo data:
/// Anna (4 active clients: one with a plan, one in a work trial, one with a kuntalisä decision awaiting approval and one
/// unemployed for 400 days, so long-term and TYP screening due), Bertta (one active client due for an interview soon,
/// one whose job search has ended) and Cecilia, no longer active, who still holds one client.
/// </summary>
public sealed class CaseloadDataset : AppFactory
{
    public string OfficeName { get; private set; } = string.Empty;

    public int OfficeId { get; private set; }

    public (Guid Id, string Name, string UserName) Anna { get; private set; }

    public (Guid Id, string Name, string UserName) Bertta { get; private set; }

    public (Guid Id, string Name, string UserName) Cecilia { get; private set; }

    public IReadOnlyList<TestClient> AnnasClients { get; private set; } = [];

    public IReadOnlyList<TestClient> BerttasClients { get; private set; } = [];

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        var tag = TestClients.UniqueName("Katsaus");
        OfficeName = $"{tag} työllisyyspalvelut";
        await using (var db = NewDbContext())
        {
            var office = new Office(await db.Municipalities.OrderBy(m => m.Id).Select(m => m.Id).FirstAsync(), OfficeName, null);
            office.SetCaseloadTarget(3);
            db.Offices.Add(office);
            await db.SaveChangesAsync();
            OfficeId = office.Id;
            var role = await db.Roles.Where(r => r.Name == "Counsellor").Select(r => r.Id).SingleAsync();
            (Guid, string, string) Add(string first, bool active)
            {
                var user = new StaffUser
                {
                    Id = Guid.NewGuid(),
                    UserName = $"{first.ToLowerInvariant()}.{tag.ToLowerInvariant()}",
                    NormalizedUserName = $"{first}.{tag}".ToUpperInvariant(),
                    DisplayName = $"{first} {tag}",
                    OfficeId = office.Id,
                    IsActive = active,
                    CreatedAt = DateTimeOffset.UtcNow,
                    SecurityStamp = Guid.NewGuid().ToString(),
                };
                db.Users.Add(user);
                db.UserRoles.Add(new() { UserId = user.Id, RoleId = role });
                return (user.Id, user.DisplayName, user.UserName);
            }

            Anna = Add("Anna", active: true);
            Bertta = Add("Bertta", active: true);
            Cecilia = Add("Cecilia", active: false);
            await db.SaveChangesAsync();
        }

        AnnasClients = await this.AddAsync(
            new ClientSpec(TestClients.UniqueName("Asiakas")) { Counsellor = Anna.UserName, SpellDaysAgo = 30 },
            new ClientSpec(TestClients.UniqueName("Asiakas")) { Counsellor = Anna.UserName, SpellDaysAgo = 30 },
            new ClientSpec(TestClients.UniqueName("Asiakas")) { Counsellor = Anna.UserName, SpellDaysAgo = 30 },
            new ClientSpec(TestClients.UniqueName("Asiakas")) { Counsellor = Anna.UserName, SpellDaysAgo = 400 });
        BerttasClients = await this.AddAsync(
            new ClientSpec(TestClients.UniqueName("Asiakas")) { Counsellor = Bertta.UserName, SpellDaysAgo = 8 },
            new ClientSpec(TestClients.UniqueName("Asiakas")) { Counsellor = Bertta.UserName, SpellDaysAgo = 60, Status = null });
        await this.AddAsync(new ClientSpec(TestClients.UniqueName("Asiakas")) { Counsellor = Cecilia.UserName, SpellDaysAgo = 30 });

        await TestPlans.AgreeAsync(this, AnnasClients[0].Id);
        var trial = await TestWorkTrials.AddAsync(this, AnnasClients[1].Id, start: TestClients.Today);
        await using (var db = NewDbContext())
        {
            var tracked = await db.WorkTrials.SingleAsync(w => w.Id == trial.Id);
            foreach (var party in Enum.GetValues<WorkTrialParty>())
            {
                tracked.Sign(party, TestClients.Today);
            }

            tracked.Start(TestClients.Today);
            await db.SaveChangesAsync();
        }

        await TestDecisions.AddAsync(this, DecisionStage.Submitted, AnnasClients[2].Id);
    }
}
