using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Tyollisyys.Domain.Journal;
using Tyollisyys.Domain.Plans;
using Tyollisyys.Web.Tests.Support;
using Xunit;

namespace Tyollisyys.Web.Tests.Process;

/// <summary>Due items are met by what is recorded: the matching journal entry (its current version) or plan.</summary>
public sealed class DeadlineMatchingTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static DateOnly Today => TestClients.Today;

    [Fact]
    public async Task An_initial_interview_entry_and_a_plan_meet_their_items_and_they_leave_the_worklist()
    {
        var client = await NewClientAsync(daysAgo: 30);
        using var counsellor = await app.NewClient().SignInAsync("ohjaaja1");
        Assert.Equal(["Alkuhaastattelu", "Työllistymissuunnitelma"], OverdueFor(await counsellor.PageAsync("/Worklist"), client.LastName));

        await RecordAsync(client.Id, JournalEntryType.InitialInterview, Today.AddDays(-3));
        await AgreePlanAsync(client.Id, Today.AddDays(-3), PlanType.Employment);

        Assert.Empty(OverdueFor(await counsellor.PageAsync("/Worklist"), client.LastName));
        var done = (await counsellor.PageAsync(TestClients.CardUrl(client.Id))).QuerySelector("details.deadlines-done")!.TextContent;
        Assert.Contains("Alkuhaastattelu", done, StringComparison.Ordinal);
        Assert.Contains($"Tehty {Date(Today.AddDays(-3))}", done, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_entry_corrected_to_another_type_no_longer_meets_the_interview()
    {
        var client = await NewClientAsync(daysAgo: 30);
        var entry = await RecordAsync(client.Id, JournalEntryType.InitialInterview, Today.AddDays(-3));
        await using (var db = app.NewDbContext())
        {
            var original = await db.JournalEntries.SingleAsync(e => e.Id == entry);
            db.JournalEntries.Add(original.Correct(
                JournalEntryType.Note, null, Today.AddDays(-3), "Kirjattu väärälle tyypille.", false, "Väärä tyyppi", original.AuthorId, DateTimeOffset.UtcNow, Today));
            await db.SaveChangesAsync();
        }

        using var counsellor = await app.NewClient().SignInAsync("ohjaaja1");

        Assert.Contains("Alkuhaastattelu", OverdueFor(await counsellor.PageAsync("/Worklist"), client.LastName));
    }

    [Fact]
    public async Task An_interview_from_before_the_current_job_search_does_not_count()
    {
        var client = await NewClientAsync(daysAgo: 30);
        await RecordAsync(client.Id, JournalEntryType.InitialInterview, Today.AddDays(-40));
        using var counsellor = await app.NewClient().SignInAsync("ohjaaja1");

        Assert.Contains("Alkuhaastattelu", OverdueFor(await counsellor.PageAsync("/Worklist"), client.LastName));
    }

    [Fact]
    public async Task The_plans_review_date_and_its_dated_actions_become_items_and_a_done_action_is_met()
    {
        var client = await NewClientAsync(daysAgo: 120);
        await RecordAsync(client.Id, JournalEntryType.InitialInterview, Today.AddDays(-115));
        await AgreePlanAsync(client.Id, Today.AddDays(-110), PlanType.Employment, review: Today.AddDays(-5),
            new PlanAction(Guid.NewGuid(), "Päivitä CV", ActionResponsible.JobSeeker, null, Today.AddDays(-20), PlanActionStatus.Agreed, null, null),
            new PlanAction(Guid.NewGuid(), "Hae viittä työpaikkaa", ActionResponsible.JobSeeker, null, Today.AddDays(-30), PlanActionStatus.Done, Today.AddDays(-31), null),
            new PlanAction(Guid.NewGuid(), "Peruttu kurssi", ActionResponsible.OtherOrganisation, "Opisto", Today.AddDays(-25), PlanActionStatus.Cancelled, null, null));
        using var counsellor = await app.NewClient().SignInAsync("ohjaaja1");

        var overdue = OverdueFor(await counsellor.PageAsync("/Worklist"), client.LastName);

        Assert.Contains("Suunnitelman tarkistus", overdue);
        Assert.Contains("Sovittu toimenpide: Päivitä CV", overdue);
        Assert.DoesNotContain(overdue, o => o.Contains("Hae viittä", StringComparison.Ordinal) || o.Contains("Peruttu", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_multisectoral_plan_meets_the_TYP_screening()
    {
        // Over 25 and unemployed for 13 months: the screening fell due a month ago.
        var client = await NewClientAsync(daysAgo: 400);
        using var counsellor = await app.NewClient().SignInAsync("ohjaaja1");
        Assert.Contains("TYP-kartoitus", OverdueFor(await counsellor.PageAsync("/Worklist"), client.LastName));

        await AgreePlanAsync(client.Id, Today.AddDays(-2), PlanType.Multisectoral);

        Assert.DoesNotContain("TYP-kartoitus", OverdueFor(await counsellor.PageAsync("/Worklist"), client.LastName));
    }

    private async Task<TestClient> NewClientAsync(int daysAgo) =>
        (await app.AddAsync(new ClientSpec(TestClients.UniqueName()) { SpellDaysAgo = daysAgo }))[0];

    private async Task<long> RecordAsync(long clientId, JournalEntryType type, DateOnly on)
    {
        await using var db = app.NewDbContext();
        var author = await db.Users.Where(u => u.UserName == "ohjaaja1").Select(u => u.Id).SingleAsync();
        var entry = JournalEntry.Record(clientId, type, type == JournalEntryType.Note ? null : ContactChannel.InPerson, on, "Tavattiin.", false, author, DateTimeOffset.UtcNow, Today);
        db.JournalEntries.Add(entry);
        await db.SaveChangesAsync();
        return entry.Id;
    }

    private async Task AgreePlanAsync(long clientId, DateOnly agreedOn, PlanType type, DateOnly? review = null, params PlanAction[] actions)
    {
        await using var db = app.NewDbContext();
        var author = await db.Users.Where(u => u.UserName == "ohjaaja1").Select(u => u.Id).SingleAsync();
        var current = await db.EmploymentPlans.Where(p => p.JobSeekerId == clientId).OrderByDescending(p => p.Version).FirstOrDefaultAsync();
        var content = new PlanContent(type, "Työllistyä.", agreedOn, review ?? agreedOn.AddMonths(3), actions, agreedOn, [(4, null), (4, null), (4, null)]);
        db.EmploymentPlans.Add(EmploymentPlan.Agree(clientId, current, content, author, DateTimeOffset.UtcNow, Today));
        await db.SaveChangesAsync();
    }

    private static List<string> OverdueFor(IHtmlDocument page, string lastName) =>
        [.. page.QuerySelectorAll("table.worklist-table.overdue tbody tr")
            .Where(r => r.TextContent.Contains(lastName, StringComparison.Ordinal))
            .Select(r => r.QuerySelectorAll("td")[1].TextContent.Trim())];

    private static string Date(DateOnly date) => date.ToString("d.M.yyyy", System.Globalization.CultureInfo.InvariantCulture);
}
