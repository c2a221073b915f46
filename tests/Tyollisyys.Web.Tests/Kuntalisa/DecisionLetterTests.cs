using System.Globalization;
using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Tyollisyys.Domain.Employers;
using Tyollisyys.Domain.Kuntalisa;
using Tyollisyys.Web.Infrastructure.Audit;
using Tyollisyys.Web.Infrastructure.Localization;
using Tyollisyys.Web.Pages.JobSeekers.Kuntalisa;
using Tyollisyys.Web.Tests.Support;
using Xunit;

namespace Tyollisyys.Web.Tests.Kuntalisa;

/// <summary>
/// The decision letter over HTTP: its content in Finnish and in Swedish, the PDF printed from the same view, which
/// decisions have a letter, the audit row of every print, and who may print it.
/// </summary>
public sealed class DecisionLetterTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Theory]
    [InlineData("fi", "Päätös kuntalisästä", "14 päivän kuluessa päätöksen tiedoksisaannista", "toistaiseksi voimassa")]
    [InlineData("sv", "Beslut om kommuntillägg", "inom 14 dagar från delfåendet av beslutet", "tills vidare")]
    public async Task The_letter_of_an_approved_decision_states_the_grant_grounds_and_appeal_in_the_chosen_language(
        string lang, string title, string appeal, string openEnded)
    {
        var decision = await TestDecisions.AddAsync(app, DecisionStage.Approved);
        using var counsellor = await app.NewClient().SignInAsync("ohjaaja1");

        var page = await counsellor.PageAsync(LetterUrl(decision) + "?lang=" + lang);

        var text = TextOf(page);
        Assert.Equal(lang, page.DocumentElement.GetAttribute("lang"));
        Assert.Equal(title, page.QuerySelector("h1")!.TextContent);
        Assert.Contains(decision.Number!, text, StringComparison.Ordinal);
        Assert.Contains("10 080,00 €", text, StringComparison.Ordinal);
        Assert.Contains("1 680,00 €", text, StringComparison.Ordinal);
        Assert.Contains("70 %", text, StringComparison.Ordinal);
        Assert.Contains(appeal, text, StringComparison.Ordinal);
        Assert.DoesNotContain(openEnded, text, StringComparison.Ordinal); // the test employment has an end date

        var facts = await FactsAsync(decision);
        Assert.Contains(facts.CouncilDecision, text, StringComparison.Ordinal);
        Assert.Contains(facts.EmployerName, text, StringComparison.Ordinal);
        Assert.Contains(facts.BusinessId, text, StringComparison.Ordinal);
        Assert.Contains(facts.CustomerNumber, text, StringComparison.Ordinal);
        Assert.Contains(facts.DeciderName, text, StringComparison.Ordinal);
        Assert.DoesNotContain(facts.IdentityCode, text, StringComparison.Ordinal);
        Assert.DoesNotContain(facts.IdentityCode[..6], text, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("nav"));
    }

    [Fact]
    public async Task The_grounds_keep_the_facts_judged_at_approval_after_the_job_search_has_ended()
    {
        var decision = await TestDecisions.AddAsync(app, DecisionStage.Approved);
        await using (var db = app.NewDbContext())
        {
            // The client starts the subsidised job: their job search ends and the unemployment run with it.
            var client = await db.JobSeekers.Include(j => j.Spells).SingleAsync(j => j.Id == decision.JobSeekerId);
            client.EndCurrentSpell(TestClients.Today, Domain.JobSeekers.SpellEndReason.OpenMarketJob);
            await db.SaveChangesAsync();
        }

        using var counsellor = await app.NewClient().SignInAsync("ohjaaja1");
        var text = TextOf(await counsellor.PageAsync(LetterUrl(decision) + "?lang=fi"));

        // Kajaani's rule: at least 91 days unemployed, judged on the application date when the client had them.
        Assert.Contains("Työttömyyspäivät", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Vain 0 päivää", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_payment_schedule_lists_each_subsidy_month_with_its_claim_deadline()
    {
        var decision = await TestDecisions.AddAsync(app, DecisionStage.Approved);
        using var counsellor = await app.NewClient().SignInAsync("ohjaaja1");

        var page = await counsellor.PageAsync(LetterUrl(decision) + "?lang=fi");

        var rows = page.QuerySelectorAll("table.letter-schedule tbody tr").ToList();
        Assert.Equal(6, rows.Count);
        var period = decision.SubsidyPeriod!;
        var first = rows[0].QuerySelectorAll("td").Select(c => Normalised(c.TextContent)).ToList();
        Assert.Equal($"{Formats.Date(period.MonthStart(0))}–{Formats.Date(period.MonthEnd(0))}", first[0]);
        Assert.Equal("1 680,00 €", first[1]);
        Assert.Equal(Formats.Date(KuntalisaPaymentClaim.DeadlineFor(period.MonthEnd(0))), first[2]);
        Assert.Equal(Formats.Date(KuntalisaPaymentClaim.DeadlineFor(period.End)), Normalised(rows[5].QuerySelectorAll("td")[2].TextContent));
        Assert.NotNull(page.QuerySelector("table.letter-schedule caption"));
    }

    [Fact]
    public async Task Without_a_language_the_letter_is_in_the_employers_letter_language()
    {
        var employer = await TestDecisions.AddEmployerAsync(app, EmployerType.Association, LetterLanguage.Swedish);
        var decision = await TestDecisions.AddAsync(app, DecisionStage.Approved, employer: employer);
        using var counsellor = await app.NewClient().SignInAsync("ohjaaja1");

        var page = await counsellor.PageAsync(LetterUrl(decision));

        Assert.Equal("sv", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Beslut om kommuntillägg", page.QuerySelector("h1")!.TextContent);
        Assert.Equal(1, await TestClients.AuditCountAsync(app, decision.JobSeekerId, AuditAction.Print, reason: "kuntalisa-letter-sv"));
    }

    [Theory]
    [InlineData("fi", "Päätös kuntalisästä")]
    [InlineData("sv", "Beslut om kommuntillägg")]
    public async Task The_pdf_is_printed_from_the_same_letter_and_holds_the_number_and_the_total(string lang, string title)
    {
        var decision = await TestDecisions.AddAsync(app, DecisionStage.Approved);
        using var counsellor = await app.NewClient().SignInAsync("ohjaaja1");

        using var response = await counsellor.GetAsync(LetterUrl(decision) + "?handler=Pdf&lang=" + lang);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains(decision.Number + ".pdf", response.Content.Headers.ContentDisposition!.ToString(), StringComparison.Ordinal);
        var text = Normalised(await PdfText.ExtractAsync(await response.Content.ReadAsByteArrayAsync()));
        Assert.Contains(title, text, StringComparison.Ordinal);
        Assert.Contains(decision.Number!, text, StringComparison.Ordinal);
        Assert.Contains("10 080,00 €", text, StringComparison.Ordinal);
        Assert.Equal(1, await TestClients.AuditCountAsync(app, decision.JobSeekerId, AuditAction.Print, reason: "kuntalisa-letter-pdf-" + lang));
    }

    [Fact]
    public async Task A_rejection_letter_gives_the_reasons_and_no_grant_or_schedule()
    {
        var decision = await TestDecisions.AddAsync(app, DecisionStage.Submitted);
        await ChangeAsync(decision.Id, (d, esihenkilo) => d.Reject(esihenkilo, DateTimeOffset.UtcNow, TestClients.Today, "Työnantajalla on maksamattomia verovelkoja.\nHakemus saapui myöhässä."));
        using var counsellor = await app.NewClient().SignInAsync("ohjaaja1");

        var page = await counsellor.PageAsync(LetterUrl(decision) + "?lang=fi");

        var text = TextOf(page);
        Assert.Contains("Kuntalisää ei myönnetä.", text, StringComparison.Ordinal);
        Assert.Contains("Työnantajalla on maksamattomia verovelkoja.", text, StringComparison.Ordinal);
        Assert.Contains("Hakemus saapui myöhässä.", text, StringComparison.Ordinal);
        Assert.Contains("14 päivän kuluessa", text, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("table.letter-schedule"));
        Assert.DoesNotContain("10 080,00 €", text, StringComparison.Ordinal);
        Assert.NotEmpty(page.QuerySelectorAll(".letter-predicates li"));
    }

    [Fact]
    public async Task A_decision_ended_early_says_so_with_the_date_and_the_sum_to_recover()
    {
        var decision = await TestDecisions.AddAsync(app, DecisionStage.Approved);
        var period = decision.SubsidyPeriod!;
        var lastDay = period.MonthStart(1).AddDays(14);
        KuntalisaDecision ended = null!;
        await ChangeAsync(decision.Id, (d, esihenkilo) =>
        {
            d.RecordClaim(period.MonthStart(0), period.MonthEnd(2), TestClients.Today, 7_200m, null, esihenkilo, DateTimeOffset.UtcNow);
            d.EndEarly(lastDay, "Työntekijä irtisanoutui.", DateTimeOffset.UtcNow);
            ended = d;
        });
        Assert.True(ended.RecoveryAmount > 0m);
        using var counsellor = await app.NewClient().SignInAsync("ohjaaja1");

        var page = await counsellor.PageAsync(LetterUrl(decision) + "?lang=sv");

        var text = TextOf(page);
        Assert.Contains($"Anställningen upphörde {Formats.Date(lastDay)}", text, StringComparison.Ordinal);
        Assert.Contains(Normalised(Formats.Euros(ended.AllowedTotal!.Value)), text, StringComparison.Ordinal);
        Assert.Contains(Normalised(Formats.Euros(ended.RecoveryAmount)), text, StringComparison.Ordinal);
        Assert.Contains("återkrävs av arbetsgivaren", text, StringComparison.Ordinal);
        Assert.Equal(2, page.QuerySelectorAll("table.letter-schedule tbody tr").Length);
    }

    [Fact]
    public async Task A_decision_cancelled_after_approval_has_a_letter_that_says_it_was_cancelled()
    {
        var decision = await TestDecisions.AddAsync(app, DecisionStage.Approved);
        await ChangeAsync(decision.Id, (d, _) => d.Cancel(DateTimeOffset.UtcNow, "Työsuhde ei alkanut."));
        using var counsellor = await app.NewClient().SignInAsync("ohjaaja1");

        var page = await counsellor.PageAsync(LetterUrl(decision) + "?lang=fi");

        var text = TextOf(page);
        Assert.Contains("Päätös on peruttu", text, StringComparison.Ordinal);
        Assert.Contains("Työsuhde ei alkanut.", text, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("table.letter-schedule"));
    }

    [Theory]
    [InlineData(DecisionStage.Draft)]
    [InlineData(DecisionStage.Submitted)]
    public async Task An_undecided_decision_has_no_letter(DecisionStage stage)
    {
        var decision = await TestDecisions.AddAsync(app, stage);
        using var counsellor = await app.NewClient().SignInAsync("ohjaaja1");

        using var html = await counsellor.GetAsync(LetterUrl(decision) + "?lang=fi");
        using var pdf = await counsellor.GetAsync(LetterUrl(decision) + "?handler=Pdf");

        Assert.Equal(HttpStatusCode.NotFound, html.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, pdf.StatusCode);
        Assert.Equal(0, await TestClients.AuditCountAsync(app, decision.JobSeekerId, AuditAction.Print));
    }

    [Fact]
    public async Task A_draft_cancelled_before_any_decision_has_no_letter()
    {
        var decision = await TestDecisions.AddAsync(app, DecisionStage.Draft);
        await ChangeAsync(decision.Id, (d, _) => d.Cancel(DateTimeOffset.UtcNow, "Hakemus peruttiin."));
        using var counsellor = await app.NewClient().SignInAsync("ohjaaja1");

        using var response = await counsellor.GetAsync(LetterUrl(decision));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Every_print_writes_its_own_audit_row()
    {
        var decision = await TestDecisions.AddAsync(app, DecisionStage.Approved);
        using var manager = await app.NewClient().SignInAsync("esihenkilo");

        await manager.PageAsync(LetterUrl(decision) + "?lang=fi");
        await manager.PageAsync(LetterUrl(decision) + "?lang=fi");
        await manager.PageAsync(LetterUrl(decision) + "?lang=sv");

        var id = decision.JobSeekerId;
        Assert.Equal(2, await TestClients.AuditCountAsync(app, id, AuditAction.Print, reason: "kuntalisa-letter-fi", recordType: DecisionPageModel.RecordType));
        Assert.Equal(1, await TestClients.AuditCountAsync(app, id, AuditAction.Print, reason: "kuntalisa-letter-sv", recordType: DecisionPageModel.RecordType));
        await using var db = app.NewDbContext();
        var recordId = decision.Id.ToString(CultureInfo.InvariantCulture);
        Assert.Equal(3, await db.AuditEvents.CountAsync(e => e.Action == AuditAction.Print && e.RecordId == recordId && e.UserName == "esihenkilo"));
    }

    [Fact]
    public async Task Another_offices_counsellor_gets_404_and_the_attempt_is_audited_and_nothing_is_printed()
    {
        var decision = await TestDecisions.AddAsync(app, DecisionStage.Approved);
        using var otherOffice = await app.NewClient().SignInAsync("ohjaaja3");

        using var html = await otherOffice.GetAsync(LetterUrl(decision) + "?lang=fi");
        using var pdf = await otherOffice.GetAsync(LetterUrl(decision) + "?handler=Pdf");

        Assert.Equal(HttpStatusCode.NotFound, html.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, pdf.StatusCode);
        Assert.Equal(2, await TestClients.AuditCountAsync(app, decision.JobSeekerId, AuditAction.AccessDenied));
        Assert.Equal(0, await TestClients.AuditCountAsync(app, decision.JobSeekerId, AuditAction.Print));
    }

    [Fact]
    public async Task A_decision_of_another_client_is_not_found_under_this_client()
    {
        var decision = await TestDecisions.AddAsync(app, DecisionStage.Approved);
        var otherClient = await TestDecisions.AddEligibleClientAsync(app);
        using var counsellor = await app.NewClient().SignInAsync("ohjaaja1");

        using var response = await counsellor.GetAsync(string.Create(CultureInfo.InvariantCulture, $"/JobSeekers/{otherClient}/Kuntalisa/{decision.Id}/Letter"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Admin_is_refused_the_letter_and_anonymous_is_sent_to_login()
    {
        var decision = await TestDecisions.AddAsync(app, DecisionStage.Approved);
        using var admin = await app.NewClient().SignInAsync("paakayttaja");
        using var anonymous = app.NewClient();

        using var refused = await admin.GetAsync(LetterUrl(decision) + "?handler=Pdf");
        using var login = await anonymous.GetAsync(LetterUrl(decision));

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        Assert.Contains("/Account/Login", login.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    private static string LetterUrl(KuntalisaDecision decision) =>
        DecisionPageModel.PathOf(decision.JobSeekerId, decision.Id) + "/Letter";

    /// <summary>The page's text with non-breaking spaces as plain ones, so amounts read as a person types them.</summary>
    private static string TextOf(IHtmlDocument page) => Normalised(page.Body!.TextContent);

    private static string Normalised(string text) => text.Replace('\u00A0', ' ').Replace('\u202F', ' ').Trim();

    private async Task<(string CouncilDecision, string EmployerName, string BusinessId, string CustomerNumber, string IdentityCode, string DeciderName)> FactsAsync(KuntalisaDecision decision)
    {
        await using var db = app.NewDbContext();
        var rule = await db.KuntalisaRuleVersions.AsNoTracking().SingleAsync(r => r.Id == decision.RuleVersionId);
        var employer = await db.Employers.AsNoTracking().SingleAsync(e => e.Id == decision.EmployerId);
        var client = await db.JobSeekers.AsNoTracking().SingleAsync(j => j.Id == decision.JobSeekerId);
        var decider = await db.Users.Where(u => u.Id == decision.DecidedBy).Select(u => u.DisplayName).SingleAsync();
        return (rule.CouncilDecision, employer.Name, employer.BusinessId!.Value, client.CustomerNumber, client.IdentityCode, decider);
    }

    /// <summary>Changes a decision straight through the domain, as esihenkilo where a decider is needed.</summary>
    private async Task ChangeAsync(long decisionId, Action<KuntalisaDecision, Guid> change)
    {
        await using var db = app.NewDbContext();
        var decision = await db.KuntalisaDecisions.Include(d => d.Claims).SingleAsync(d => d.Id == decisionId);
        var esihenkilo = await db.Users.Where(u => u.UserName == "esihenkilo").Select(u => u.Id).SingleAsync();
        change(decision, esihenkilo);
        await db.SaveChangesAsync();
    }
}
