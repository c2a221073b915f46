using Microsoft.EntityFrameworkCore;
using Tyollisyys.Domain.Journal;

namespace Tyollisyys.Web.Tests.Support;

/// <summary>Journal entries written straight through the domain, as arrangement for HTTP tests.</summary>
public static class TestJournal
{
    public static async Task<JournalEntry> AddEntryAsync(
        this AppFactory app,
        long clientId,
        string text = "Keskusteltiin työnhausta.",
        bool health = false,
        string author = "ohjaaja1",
        JournalEntryType type = JournalEntryType.JobSearchConversation,
        ContactChannel? channel = ContactChannel.InPerson,
        DateOnly? occurredOn = null)
    {
        await using var db = app.NewDbContext();
        var authorId = (await db.Users.SingleAsync(u => u.UserName == author)).Id;
        var today = TestClients.Today;
        var entry = JournalEntry.Record(clientId, type, channel, occurredOn ?? today, text, health, authorId, DateTimeOffset.UtcNow, today);
        db.JournalEntries.Add(entry);
        await db.SaveChangesAsync();
        return entry;
    }

    public static string JournalUrl(long clientId) => TestClients.CardUrl(clientId) + "/Journal";

    public static string EntryUrl(long clientId, long entryId) => $"{JournalUrl(clientId)}/{entryId}";

    public static string CorrectUrl(long clientId, long entryId) => $"{EntryUrl(clientId, entryId)}/Correct";
}
