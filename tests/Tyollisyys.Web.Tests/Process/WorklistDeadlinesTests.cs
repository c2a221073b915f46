using Microsoft.EntityFrameworkCore;
using Tyollisyys.Domain.Process;
using Tyollisyys.Web.Data.DueItems;
using Tyollisyys.Web.Pages.Worklist;
using Tyollisyys.Web.Tests.Support;
using Xunit;

namespace Tyollisyys.Web.Tests.Process;

/// <summary>The worklist read from the stored due items is the calculator's worklist.</summary>
public sealed class WorklistDeadlinesTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static List<(long Client, string Name, DueItemKind Kind, int? Ordinal, DateOnly Due, DueItemStatus Status, string? Subject)> Lines(WorklistView view) =>
        [.. view.Overdue.Concat(view.DueSoon).Select(e => (e.ClientId, e.ClientName, e.Item.Kind, e.Item.Ordinal, e.Item.DueDate, e.Item.Status, e.Item.Subject))];

    [Fact]
    public async Task Every_counsellors_worklist_from_the_stored_items_equals_the_one_the_calculator_computes()
    {
        var today = TestClients.Today;
        await using var db = app.NewDbContext();
        await ClientDueItems.MarkAllStaleAsync(db);
        await DueItemRefresher.RefreshStaleAsync(db, today, batchSize: 1000);
        var counsellors = await db.JobSeekers.Select(c => c.CounsellorId).Distinct().ToListAsync();
        var kinds = new HashSet<DueItemKind>();

        foreach (var counsellor in counsellors)
        {
            var clients = db.JobSeekers.Where(c => c.CounsellorId == counsellor);
            var stored = WorklistView.From(await WorklistDeadlines.ComputeAsync(db, clients, today), today);
            var computed = WorklistView.From(await ClientDeadlineQuery.ComputeAsync(db, clients, today), today);

            Assert.Equal(Lines(computed), Lines(stored));
            kinds.UnionWith(Lines(stored).Select(l => l.Kind));
        }

        // The demo histories reach every kind the worklist can show, plan actions with their subjects among them.
        Assert.Superset(new HashSet<DueItemKind> { DueItemKind.InitialInterview, DueItemKind.EmploymentPlan, DueItemKind.PlanAction }, kinds);
    }

    [Fact]
    public async Task A_client_computed_today_is_read_from_the_store_and_a_stale_one_goes_through_the_calculator()
    {
        var client = (await app.AddAsync(new ClientSpec(TestClients.UniqueName()) { SpellDaysAgo = 30 }))[0];
        var today = TestClients.Today;
        await using var db = app.NewDbContext();
        var clients = db.JobSeekers.Where(c => c.Id == client.Id);
        var interview = await db.ClientDueItems.SingleAsync(i => i.JobSeekerId == client.Id && i.Kind == DueItemKind.InitialInterview);

        // A stored date no calculation gives: only a read of the store can show it.
        await db.Database.ExecuteSqlAsync($"UPDATE client_due_items SET due_on = {today.AddDays(-1)} WHERE job_seeker_id = {client.Id} AND kind = {(int)DueItemKind.InitialInterview}");
        var fromStore = WorklistView.From(await WorklistDeadlines.ComputeAsync(db, clients, today), today);
        await db.Database.ExecuteSqlAsync($"UPDATE client_due_summaries SET computed_on = NULL WHERE job_seeker_id = {client.Id}");
        var fromCalculator = WorklistView.From(await WorklistDeadlines.ComputeAsync(db, clients, today), today);

        Assert.Equal(today.AddDays(-1), fromStore.Overdue.Single(e => e.Item.Kind == DueItemKind.InitialInterview).Item.DueDate);
        Assert.Equal(interview.DueOn, fromCalculator.Overdue.Single(e => e.Item.Kind == DueItemKind.InitialInterview).Item.DueDate);
    }

    [Theory]
    [InlineData(DueItemKind.InitialInterview, -1, DueItemStatus.Overdue)]
    [InlineData(DueItemKind.InitialInterview, 0, DueItemStatus.DueSoon)]
    [InlineData(DueItemKind.PlanReview, 14, DueItemStatus.DueSoon)]
    [InlineData(DueItemKind.PlanReview, 15, null)]
    [InlineData(DueItemKind.LongTermUnemploymentOnset, -1, null)]
    [InlineData(DueItemKind.LongTermUnemploymentOnset, 0, null)]
    [InlineData(DueItemKind.LongTermUnemploymentOnset, 1, DueItemStatus.DueSoon)]
    [InlineData(DueItemKind.LongTermUnemploymentOnset, 15, null)]
    public void A_stored_item_has_the_status_the_calculator_gives_on_the_day_and_a_reached_onset_is_not_shown(DueItemKind kind, int inDays, DueItemStatus? status)
    {
        var today = new DateOnly(2026, 3, 2);

        var item = WorklistDeadlines.ItemOn(kind, 0, today.AddDays(inDays), null, today);

        Assert.Equal(status, item?.Status);
        Assert.Null(item?.Ordinal);
    }
}
