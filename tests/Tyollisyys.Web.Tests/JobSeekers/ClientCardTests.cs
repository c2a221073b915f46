using System.Net;
using Tyollisyys.Web.Infrastructure.Audit;
using Tyollisyys.Web.Tests.Support;
using Xunit;

namespace Tyollisyys.Web.Tests.JobSeekers;

public sealed class ClientCardTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Every_card_view_is_audited_and_the_card_shows_the_spell_and_badges()
    {
        var (id, _) = await TestClients.CreateAsync(app, "ohjaaja1", spellStart: new DateOnly(2024, 1, 2));
        using var client = await app.NewClient().SignInAsync("ohjaaja2");

        var card = await client.PageAsync(TestClients.CardUrl(id));
        await client.PageAsync(TestClients.CardUrl(id));

        Assert.Equal(2, await TestClients.AuditCountAsync(app, id, AuditAction.View, recordType: "JobSeeker"));
        var badges = card.QuerySelectorAll(".badges li").Select(b => b.TextContent.Trim()).ToList();
        Assert.Contains("Pitkäaikaistyötön", badges);
        Assert.Contains("TYP-kartoitus ajankohtainen", badges);
        Assert.Contains("Kunnan rahoitusosuus (yli 100 päivää)", badges);
        Assert.Contains("Väliaikainen henkilötunnus", badges);
        var history = card.QuerySelectorAll("table[aria-labelledby=spell-history] tbody tr").Single().TextContent;
        Assert.Contains("2.1.2024", history, StringComparison.Ordinal);
        Assert.Contains("Työtön", history, StringComparison.Ordinal);
        Assert.Contains("Jatkuu", history, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_offices_client_answers_404_and_the_attempt_is_audited()
    {
        var (id, code) = await TestClients.CreateAsync(app, "ohjaaja3", lastName: "Sotkamolainen");
        using var client = await app.NewClient().SignInAsync("ohjaaja1");

        using var response = await client.GetAsync(TestClients.CardUrl(id));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("Sotkamolainen", body, StringComparison.Ordinal);
        Assert.DoesNotContain(code[..6], body, StringComparison.Ordinal);
        Assert.Equal(1, await TestClients.AuditCountAsync(app, id, AuditAction.AccessDenied));
        Assert.Equal(0, await TestClients.AuditCountAsync(app, id, AuditAction.View));
    }

    [Fact]
    public async Task A_client_that_does_not_exist_answers_404()
    {
        using var client = await app.NewClient().SignInAsync("ohjaaja1");

        using var response = await client.GetAsync("/JobSeekers/987654321");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task The_card_masks_the_identity_code_and_the_show_action_reveals_it_with_an_audit_row()
    {
        var (id, code) = await TestClients.CreateAsync(app, "ohjaaja1");
        using var client = await app.NewClient().SignInAsync("ohjaaja1");
        var url = TestClients.CardUrl(id);

        var card = await client.PageAsync(url);
        Assert.DoesNotContain(code, card.DocumentElement.OuterHtml, StringComparison.Ordinal);
        Assert.Equal(code[..7] + "****", card.QuerySelector(".identity-code")!.TextContent.Trim());

        var shown = await client.PostFormExpectingPageAsync(url + "?handler=ShowCode", new(), url);

        Assert.Equal(code, shown.QuerySelector(".identity-code")!.TextContent.Trim());
        Assert.Equal(1, await TestClients.AuditCountAsync(app, id, AuditAction.View, reason: "identity-code-shown", recordType: "IdentityCode"));
    }

    [Theory]
    [InlineData("ohjaaja1", true)]
    [InlineData("esihenkilo", true)]
    [InlineData("ohjaaja2", false)]
    public async Task The_health_badge_shows_only_to_the_own_counsellor_and_managers(string userName, bool visible)
    {
        var (id, _) = await TestClients.CreateAsync(app, "ohjaaja1", disability: true);
        using var client = await app.NewClient().SignInAsync(userName);

        var card = await client.PageAsync(TestClients.CardUrl(id));
        var edit = await client.PageAsync(TestClients.CardUrl(id) + "/Edit");

        var badges = card.QuerySelectorAll(".badges li").Select(b => b.TextContent.Trim());
        Assert.Equal(visible, badges.Contains("Vamma tai pitkäaikaissairaus"));
        Assert.Equal(visible, edit.QuerySelector("#Details_DisabilityOrLongTermIllness") is not null);
    }

    [Fact]
    public async Task The_card_shows_a_health_marked_entry_only_to_the_clients_counsellor_and_audits_that_view_with_the_card_view()
    {
        var (id, _) = await TestClients.CreateAsync(app, "ohjaaja1");
        var entry = await app.AddEntryAsync(id, "Selkävaiva rajoittaa nostamista.", health: true, type: Domain.Journal.JournalEntryType.Note, channel: null);
        using var own = await app.NewClient().SignInAsync("ohjaaja1");
        using var colleague = await app.NewClient().SignInAsync("ohjaaja2");

        var hidden = await colleague.PageAsync(TestClients.CardUrl(id));
        Assert.DoesNotContain("Selkävaiva", hidden.Body!.InnerHtml, StringComparison.Ordinal);
        Assert.Equal(0, await TestClients.AuditCountAsync(app, id, AuditAction.View, reason: "health-information"));

        var shown = await own.PageAsync(TestClients.CardUrl(id));

        Assert.Contains("Selkävaiva", shown.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var rows = await app.AuditRowsAsync("JournalEntry", entry.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(AuditAction.View, Assert.Single(rows).Action);
        Assert.NotNull(shown.QuerySelector("#plan-section-title"));
    }
}
