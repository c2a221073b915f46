using Microsoft.EntityFrameworkCore;
using Npgsql;
using Tyollisyys.Domain.Journal;
using Tyollisyys.Domain.Process;
using Tyollisyys.Web.Data.DueItems;
using Tyollisyys.Web.Tests.Support;
using Xunit;

namespace Tyollisyys.Web.Tests.Manager;

public sealed class StoredDueItemsTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task A_new_client_has_their_unmet_items_stored_at_once()
    {
        var client = (await app.AddAsync(new ClientSpec(TestClients.UniqueName()) { SpellDaysAgo = 30 }))[0];

        var kinds = await StoredAsync(client.Id);

        Assert.Contains((DueItemKind.InitialInterview, true), kinds);
        Assert.Contains((DueItemKind.EmploymentPlan, true), kinds);
        Assert.Equal(TestClients.Today, await ComputedOnAsync(client.Id));
    }

    [Fact]
    public async Task A_journal_entry_clears_the_overdue_item_in_the_same_transaction()
    {
        var client = (await app.AddAsync(new ClientSpec(TestClients.UniqueName()) { SpellDaysAgo = 30 }))[0];
        await using var db = app.NewDbContext();
        await using var transaction = await db.Database.BeginTransactionAsync();

        await AddInterviewAsync(db, client.Id);

        // Inside the transaction the item is gone; outside it, until the commit, it is still there.
        Assert.Equal(0, await db.ClientDueItems.CountAsync(i => i.JobSeekerId == client.Id && i.Kind == DueItemKind.InitialInterview));
        Assert.Contains((DueItemKind.InitialInterview, true), await StoredAsync(client.Id));
        await transaction.CommitAsync();
        Assert.DoesNotContain(DueItemKind.InitialInterview, (await StoredAsync(client.Id)).Select(i => i.Kind));
    }

    [Fact]
    public async Task A_rolled_back_entry_leaves_the_stored_items_as_they_were()
    {
        var client = (await app.AddAsync(new ClientSpec(TestClients.UniqueName()) { SpellDaysAgo = 30 }))[0];
        var before = await StoredAsync(client.Id);
        await using (var db = app.NewDbContext())
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            await AddInterviewAsync(db, client.Id);
            await transaction.RollbackAsync();
        }

        Assert.Equal(before, await StoredAsync(client.Id));
    }

    [Fact]
    public async Task A_save_without_a_transaction_of_its_own_also_updates_the_items()
    {
        var client = (await app.AddAsync(new ClientSpec(TestClients.UniqueName()) { SpellDaysAgo = 30 }))[0];

        await app.AddEntryAsync(client.Id, type: JournalEntryType.InitialInterview, occurredOn: TestClients.Today.AddDays(-2));

        Assert.DoesNotContain(DueItemKind.InitialInterview, (await StoredAsync(client.Id)).Select(i => i.Kind));
    }

    [Fact]
    public async Task The_refresher_recomputes_rows_from_an_earlier_day_so_the_horizon_moves()
    {
        var client = (await app.AddAsync(new ClientSpec(TestClients.UniqueName()) { SpellDaysAgo = 30 }))[0];
        var today = TestClients.Today;
        await using var db = app.NewDbContext();
        await ClientDueItems.RecomputeAsync(db, [client.Id], today.AddDays(-60));
        var lastDueThen = await db.ClientDueItems.Where(i => i.JobSeekerId == client.Id).MaxAsync(i => i.DueOn);

        var refreshed = await DueItemRefresher.RefreshStaleAsync(db, today, batchSize: 50);

        Assert.True(refreshed >= 1);
        Assert.True(lastDueThen <= today.AddDays(30));
        Assert.True(await db.ClientDueItems.Where(i => i.JobSeekerId == client.Id).MaxAsync(i => i.DueOn) > today.AddDays(30));
        Assert.Equal(today, await ComputedOnAsync(client.Id));
        Assert.Equal(0, await DueItemRefresher.RefreshStaleAsync(db, today, batchSize: 50));
    }

    [Fact]
    public async Task A_rule_set_change_marks_every_client_for_the_refresher()
    {
        var client = (await app.AddAsync(new ClientSpec(TestClients.UniqueName()) { SpellDaysAgo = 30 }))[0];
        await using var db = app.NewDbContext();
        var rules = await db.ProcessRuleSets.OrderByDescending(r => r.EffectiveFrom).FirstAsync();
        db.Entry(rules).State = EntityState.Modified;

        await db.SaveChangesAsync();

        Assert.Null(await ComputedOnAsync(client.Id));
        Assert.True(await DueItemRefresher.RefreshStaleAsync(db, TestClients.Today, batchSize: 1000) > 1);
        Assert.Equal(TestClients.Today, await ComputedOnAsync(client.Id));
    }

    private static async Task AddInterviewAsync(Data.AppDbContext db, long clientId)
    {
        var author = await db.Users.Where(u => u.UserName == "ohjaaja1").Select(u => u.Id).SingleAsync();
        var today = TestClients.Today;
        db.JournalEntries.Add(JournalEntry.Record(
            clientId, JournalEntryType.InitialInterview, ContactChannel.InPerson, today.AddDays(-2), "Alkuhaastattelu pidetty.", false, author, DateTimeOffset.UtcNow, today));
        await db.SaveChangesAsync();
    }

    /// <summary>The client's stored items as another connection sees them: kind and whether overdue.</summary>
    private async Task<List<(DueItemKind Kind, bool Overdue)>> StoredAsync(long clientId)
    {
        await using var connection = new NpgsqlConnection(app.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT kind, due_on FROM client_due_items WHERE job_seeker_id = $1 ORDER BY kind, ordinal", connection);
        command.Parameters.AddWithValue(clientId);
        await using var reader = await command.ExecuteReaderAsync();
        var items = new List<(DueItemKind, bool)>();
        while (await reader.ReadAsync())
        {
            items.Add(((DueItemKind)reader.GetInt32(0), reader.GetFieldValue<DateOnly>(1) < TestClients.Today));
        }

        return items;
    }

    private async Task<DateOnly?> ComputedOnAsync(long clientId)
    {
        await using var db = app.NewDbContext();
        return await db.ClientDueSummaries.Where(r => r.JobSeekerId == clientId).Select(r => r.ComputedOn).SingleAsync();
    }
}
