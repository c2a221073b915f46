using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Tyollisyys.Web.Infrastructure.Audit;
using Tyollisyys.Web.Tests.Support;
using Xunit;

namespace Tyollisyys.Web.Tests.Admin;

public sealed class AuditLogTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Viewing_the_audit_log_is_itself_audited_with_the_filters()
    {
        using var admin = app.NewClient();
        await admin.SignInAsync("paakayttaja");

        await admin.PageAsync("/Admin/Audit?action=Login&user=ohj");

        await using var db = app.NewDbContext();
        var row = await db.AuditEvents.Where(e => e.RecordType == "AuditLog").OrderBy(e => e.Id).LastAsync();
        Assert.Equal((AuditAction.View, "paakayttaja", "user=ohj; action=Login"), (row.Action, row.UserName, row.Reason));
    }

    [Fact]
    public async Task The_log_filters_by_action_and_user_name_prefix()
    {
        using (var counsellor = app.NewClient())
        {
            await counsellor.SignInAsync("ohjaaja2");
        }

        using var admin = app.NewClient();
        await admin.SignInAsync("paakayttaja");

        var page = await admin.PageAsync("/Admin/Audit?action=Login&user=OHJAAJA");

        var rows = page.QuerySelectorAll("tbody tr").Select(r => r.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList()).ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Equal("Kirjautuminen", r[3]));
        Assert.All(rows, r => Assert.StartsWith("ohjaaja", r[1], StringComparison.Ordinal));
        Assert.Contains(rows, r => r[1] == "ohjaaja2" && r[2] == "Työllisyysohjaaja" && r[6] == "Onnistui");
    }

    [Fact]
    public async Task The_log_pages_newest_first_with_a_next_page_link_that_continues_after_the_last_row()
    {
        await app.SeedAuditRowsAsync(120, "sivutus");
        using var admin = app.NewClient();
        await admin.SignInAsync("paakayttaja");

        var first = await admin.PageAsync("/Admin/Audit?action=Export&user=sivutus");
        var next = first.QuerySelector("a[rel=next]")!.GetAttribute("href")!;
        var second = await admin.PageAsync(next);
        var third = await admin.PageAsync(second.QuerySelector("a[rel=next]")!.GetAttribute("href")!);

        var reasons = new[] { first, second, third }
            .SelectMany(p => p.QuerySelectorAll("tbody tr").Select(r => r.QuerySelectorAll("td")[7].TextContent.Trim()))
            .ToList();
        Assert.Equal(50, first.QuerySelectorAll("tbody tr").Length);
        Assert.Equal(20, third.QuerySelectorAll("tbody tr").Length);
        Assert.Null(third.QuerySelector("a[rel=next]"));
        Assert.Equal(Enumerable.Range(0, 120).Reverse().Select(i => $"rivi {i:D3}"), reasons);
        Assert.Contains("action=Export", next, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Date_filters_are_Finnish_days()
    {
        await app.SeedAuditRowsAsync(3, "paiva", new DateTimeOffset(2025, 3, 9, 21, 30, 0, TimeSpan.Zero));
        using var admin = app.NewClient();
        await admin.SignInAsync("paakayttaja");

        // 21.30 UTC on 9 March is 23.30 in Helsinki: still 9 March.
        var ninth = await admin.PageAsync("/Admin/Audit?user=paiva&from=2025-03-09&to=2025-03-09");
        var tenth = await admin.PageAsync("/Admin/Audit?user=paiva&from=2025-03-10");

        Assert.Equal(3, ninth.QuerySelectorAll("tbody tr").Length);
        Assert.Equal(0, tenth.QuerySelectorAll("tbody tr").Length);
        Assert.Equal("Hakuehdoilla ei löytynyt lokitietoja.", tenth.QuerySelector(".empty-state")!.TextContent);
    }

    [Fact]
    public async Task Malformed_filters_give_Finnish_messages_not_an_error_page()
    {
        using var admin = app.NewClient();
        await admin.SignInAsync("paakayttaja");

        using var response = await admin.GetAsync("/Admin/Audit?clientId=abc&from=31.2.2025&action=Hack&after=x.y");
        var page = await StaffClient.ParseAsync(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(
            ["Asiakasnumerossa saa olla vain numeroita.", "Päivämäärä ei ole kelvollinen. Kirjoita se muodossa p.k.vvvv.", "Valitse arvo luettelosta."],
            StaffClient.ErrorMessages(page).Order(StringComparer.Ordinal));
    }
}

internal static class AuditSeeding
{
    /// <summary>Adds rows directly (the trail is append-only: inserting is allowed), one second apart.</summary>
    public static async Task SeedAuditRowsAsync(this AppFactory app, int count, string userName, DateTimeOffset? at = null)
    {
        var start = at ?? DateTimeOffset.UtcNow.AddDays(-1);
        await using var db = app.NewDbContext();
        for (var i = 0; i < count; i++)
        {
            db.AuditEvents.Add(new AuditEvent
            {
                OccurredAt = start.AddSeconds(at is null ? i : 0),
                UserName = userName,
                Action = AuditAction.Export,
                Outcome = AuditOutcome.Success,
                Reason = string.Create(CultureInfo.InvariantCulture, $"rivi {i:D3}"),
            });
        }

        await db.SaveChangesAsync();
    }
}
