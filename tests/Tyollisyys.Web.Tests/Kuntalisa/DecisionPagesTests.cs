using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Tyollisyys.Domain.Employers;
using Tyollisyys.Domain.Kuntalisa;
using Tyollisyys.Web.Infrastructure.Audit;
using Tyollisyys.Web.Pages.JobSeekers.Kuntalisa;
using Tyollisyys.Web.Tests.Support;
using Xunit;

namespace Tyollisyys.Web.Tests.Kuntalisa;

/// <summary>Drafting, submitting, deciding and listing kuntalisä decisions through the pages.</summary>
public sealed class DecisionPagesTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static Dictionary<string, string> DraftFields(int employerId, DateOnly start) => new()
    {
        ["Input.EmployerId"] = employerId.ToString(CultureInfo.InvariantCulture),
        ["Input.ApplicationDate"] = Day(start.AddDays(-7)),
        ["Input.EmploymentStart"] = Day(start),
        ["Input.EmploymentEnd"] = Day(start.AddMonths(6).AddDays(-1)),
        ["Input.WeeklyHours"] = "37,5",
        ["Input.GrossMonthlyPay"] = "2 400,00",
        ["Input.CollectiveAgreement"] = "Kaupan alan TES",
        ["Input.RequestedPercent"] = "70",
        ["Input.RequestedMonths"] = "6",
    };

    private static DateOnly Start => new DateOnly(TestClients.Today.Year, TestClients.Today.Month, 1).AddMonths(-3);

    [Fact]
    public async Task A_counsellor_drafts_a_decision_and_sees_the_eligibility_check_and_the_amounts()
    {
        await TestDecisions.EnsureRulesAndAppropriationsAsync(app);
        var clientId = await TestDecisions.AddEligibleClientAsync(app);
        var employer = await TestDecisions.AddEmployerAsync(app);
        using var counsellor = await app.NewClient().SignInAsync("ohjaaja1");

        using var response = await counsellor.PostFormAsync($"/JobSeekers/{clientId}/Kuntalisa/New", DraftFields(employer.Id, Start));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = app.NewDbContext();
        var decision = await db.KuntalisaDecisions.AsNoTracking().SingleAsync(d => d.JobSeekerId == clientId);
        Assert.Equal(KuntalisaDecisionStatus.Draft, decision.Status);
        Assert.Equal(37.5m, decision.WeeklyHours);
        Assert.Equal(DecisionPageModel.PathOf(clientId, decision.Id), response.Headers.Location!.OriginalString);
        Assert.Equal(1, await TestClients.AuditCountAsync(app, clientId, AuditAction.Create, "kuntalisa-drafted", DecisionPageModel.RecordType));

        var page = await counsellor.PageAsync(DecisionPageModel.PathOf(clientId, decision.Id));
        var text = page.Body!.TextContent;
        Assert.Contains("Hakemus täyttää säännön kaikki ehdot.", text, StringComparison.Ordinal);
        Assert.Contains("Työttömyyspäivät", text, StringComparison.Ordinal);
        // 2 400 € × 70 % = 1 680 € a month, 6 months = 10 080 €.
        Assert.Contains("1\u00A0680,00\u00A0€", text, StringComparison.Ordinal);
        Assert.Contains("10\u00A0080,00\u00A0€", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_draft_with_missing_and_malformed_fields_is_refused_in_finnish_with_the_input_kept()
    {
        await TestDecisions.EnsureRulesAndAppropriationsAsync(app);
        var clientId = await TestDecisions.AddEligibleClientAsync(app);
        var employer = await TestDecisions.AddEmployerAsync(app);
        using var counsellor = await app.NewClient().SignInAsync("ohjaaja1");
        var fields = DraftFields(employer.Id, Start);
        fields["Input.GrossMonthlyPay"] = "kaksituhatta";
        fields["Input.CollectiveAgreement"] = "";
        fields["Input.WeeklyHours"] = "99";

        var page = await counsellor.PostFormExpectingPageAsync($"/JobSeekers/{clientId}/Kuntalisa/New", fields);

        var errors = StaffClient.ErrorMessages(page);
        Assert.Contains("Anna summa euroina, esimerkiksi 2 400,00.", errors);
        Assert.Contains("Työehtosopimus on pakollinen.", errors);
        Assert.Contains(errors, e => e.StartsWith("Viikkotyöaika on luku", StringComparison.Ordinal));
        Assert.Equal("kaksituhatta", ((AngleSharp.Html.Dom.IHtmlInputElement)page.QuerySelector("#Input_GrossMonthlyPay")!).Value);
        await using var db = app.NewDbContext();
        Assert.False(await db.KuntalisaDecisions.AnyAsync(d => d.JobSeekerId == clientId));
    }

    [Fact]
    public async Task A_private_person_cannot_be_the_employer_and_an_application_date_without_a_rule_is_refused()
    {
        await TestDecisions.EnsureRulesAndAppropriationsAsync(app);
        var clientId = await TestDecisions.AddEligibleClientAsync(app);
        var person = await TestDecisions.AddEmployerAsync(app, EmployerType.PrivatePerson);
        var company = await TestDecisions.AddEmployerAsync(app);
        using var counsellor = await app.NewClient().SignInAsync("ohjaaja1");

        var page = await counsellor.PostFormExpectingPageAsync($"/JobSeekers/{clientId}/Kuntalisa/New", DraftFields(person.Id, Start));
        Assert.Contains("Yksityishenkilö ei voi saada kuntalisää.", StaffClient.ErrorMessages(page));

        // Kajaani's first rule version took effect on 1.1.2020.
        var old = DraftFields(company.Id, new DateOnly(2019, 6, 1));
        page = await counsellor.PostFormExpectingPageAsync($"/JobSeekers/{clientId}/Kuntalisa/New", old);
        Assert.Single(StaffClient.ErrorMessages(page));
    }

    [Fact]
    public async Task Submitting_and_returning_to_draft_move_the_decision_and_are_audited()
    {
        var decision = await TestDecisions.AddAsync(app);
        var path = DecisionPageModel.PathOf(decision.JobSeekerId, decision.Id);
        using var counsellor = await app.NewClient().SignInAsync("ohjaaja1");

        using (var submitted = await counsellor.PostFormAsync(path + "?handler=Submit", await VersionOfAsync(counsellor, path), path))
        {
            Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        }

        Assert.Equal(KuntalisaDecisionStatus.Submitted, await StatusAsync(decision.Id));
        using (var returned = await counsellor.PostFormAsync(path + "?handler=Return", await VersionOfAsync(counsellor, path), path))
        {
            Assert.Equal(HttpStatusCode.Redirect, returned.StatusCode);
        }

        Assert.Equal(KuntalisaDecisionStatus.Draft, await StatusAsync(decision.Id));
        Assert.Equal(1, await TestClients.AuditCountAsync(app, decision.JobSeekerId, AuditAction.Update, "kuntalisa-submitted", DecisionPageModel.RecordType));
        Assert.Equal(1, await TestClients.AuditCountAsync(app, decision.JobSeekerId, AuditAction.Update, "kuntalisa-returned-to-draft", DecisionPageModel.RecordType));
    }

    [Fact]
    public async Task Editing_a_draft_saves_it_and_a_stale_form_is_refused_without_overwriting()
    {
        var decision = await TestDecisions.AddAsync(app);
        var path = DecisionPageModel.PathOf(decision.JobSeekerId, decision.Id);
        using var counsellor = await app.NewClient().SignInAsync("ohjaaja1");
        var form = FormReader.FieldsOf(await counsellor.PageAsync(path + "/Edit"));
        Assert.Equal("70", form["Input.RequestedPercent"]);

        form["Input.RequestedPercent"] = "60";
        using (var saved = await counsellor.PostFormAsync(path + "/Edit", form))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        form["Input.RequestedPercent"] = "55"; // the old row version
        var page = await counsellor.PostFormExpectingPageAsync(path + "/Edit", form);
        Assert.Contains(StaffClient.ErrorMessages(page), e => e.StartsWith("Joku muu muutti tietoja", StringComparison.Ordinal));
        await using var db = app.NewDbContext();
        Assert.Equal(60m, (await db.KuntalisaDecisions.AsNoTracking().SingleAsync(d => d.Id == decision.Id)).RequestedPercent);
    }

    [Fact]
    public async Task The_manager_approves_a_submitted_decision_and_it_gets_a_number_and_a_commitment()
    {
        var decision = await TestDecisions.AddAsync(app, DecisionStage.Submitted);
        var path = DecisionPageModel.PathOf(decision.JobSeekerId, decision.Id);
        using var manager = await app.NewClient().SignInAsync("esihenkilo");
        var form = await manager.PageAsync(path + "/Decide");
        Assert.Contains("Vapaana myöntämisen jälkeen", form.Body!.TextContent, StringComparison.Ordinal);

        using var response = await manager.PostFormAsync(path + "/Decide?handler=Approve", await VersionOfAsync(manager, path + "/Decide"), path + "/Decide");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = app.NewDbContext();
        var saved = await db.KuntalisaDecisions.AsNoTracking().SingleAsync(d => d.Id == decision.Id);
        Assert.Equal(KuntalisaDecisionStatus.Approved, saved.Status);
        Assert.StartsWith($"KL-{TestClients.Today.Year}-", saved.Number, StringComparison.Ordinal);
        Assert.Equal(10_080m, saved.Committed);
        var page = await manager.PageAsync(path);
        Assert.Contains(saved.Number!, page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_manager_who_drafted_the_application_cannot_decide_it()
    {
        var decision = await TestDecisions.AddAsync(app, DecisionStage.Submitted, drafter: "esihenkilo");
        var path = DecisionPageModel.PathOf(decision.JobSeekerId, decision.Id);
        using var manager = await app.NewClient().SignInAsync("esihenkilo");

        var form = await manager.PageAsync(path + "/Decide");
        Assert.Contains("toinen esihenkilö tekee päätöksen", form.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(form.QuerySelectorAll("button[type=submit]"), b => b.TextContent.Contains("Myönnä", StringComparison.Ordinal));

        // A hand-made POST is refused by the domain all the same.
        // The antiforgery token belongs to the user, not the form: take it from the decision page's own form.
        var decisionPage = await manager.PageAsync(path);
        var fields = new Dictionary<string, string>
        {
            ["RowVersion"] = decisionPage.QuerySelector("input[name=RowVersion]")!.GetAttribute("value")!,
            ["__RequestVerificationToken"] = decisionPage.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!,
            ["RejectionReason"] = "Ei perusteita",
        };
        using var response = await manager.Http.PostAsync(new Uri(path + "/Decide?handler=Reject", UriKind.Relative), new FormUrlEncodedContent(fields));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await StaffClient.ParseAsync(await response.Content.ReadAsStringAsync());
        Assert.Contains("Päätöksen tekijä ei voi olla sama henkilö kuin sen valmistelija.", StaffClient.ErrorMessages(page));
        Assert.Equal(KuntalisaDecisionStatus.Submitted, await StatusAsync(decision.Id));
    }

    [Fact]
    public async Task A_rejection_needs_its_reasons_and_then_rejects_without_a_number()
    {
        var decision = await TestDecisions.AddAsync(app, DecisionStage.Submitted);
        var path = DecisionPageModel.PathOf(decision.JobSeekerId, decision.Id);
        using var manager = await app.NewClient().SignInAsync("esihenkilo");

        var fields = await VersionOfAsync(manager, path + "/Decide");
        fields["RejectionReason"] = " ";
        var page = await manager.PostFormExpectingPageAsync(path + "/Decide?handler=Reject", fields, path + "/Decide");
        Assert.Contains("Kielteiselle päätökselle on annettava perustelut.", StaffClient.ErrorMessages(page));

        fields = await VersionOfAsync(manager, path + "/Decide");
        fields["RejectionReason"] = "Työsuhde ei täytä ehtoja.";
        using var response = await manager.PostFormAsync(path + "/Decide?handler=Reject", fields, path + "/Decide");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = app.NewDbContext();
        var saved = await db.KuntalisaDecisions.AsNoTracking().SingleAsync(d => d.Id == decision.Id);
        Assert.Equal(KuntalisaDecisionStatus.Rejected, saved.Status);
        Assert.Null(saved.Number);
        Assert.Equal("Työsuhde ei täytä ehtoja.", saved.RejectionReason);
    }

    [Fact]
    public async Task An_approval_that_would_overrun_the_appropriation_is_refused_with_the_free_amount()
    {
        await using var isolated = new AppFactory();
        await isolated.InitializeAsync();
        await TestDecisions.ClearDemoDecisionsAsync(isolated);
        var decision = await TestDecisions.AddAsync(isolated, DecisionStage.Submitted);
        await using (var db = isolated.NewDbContext())
        {
            var appropriation = await db.Appropriations.SingleAsync(a => a.MunicipalityId == decision.MunicipalityId && a.Year == TestClients.Today.Year);
            appropriation.Revise(5_000m);
            await db.SaveChangesAsync();
        }

        var path = DecisionPageModel.PathOf(decision.JobSeekerId, decision.Id);
        using var manager = await isolated.NewClient().SignInAsync("esihenkilo");
        var page = await manager.PostFormExpectingPageAsync(path + "/Decide?handler=Approve", await VersionOfAsync(manager, path + "/Decide"), path + "/Decide");

        Assert.Contains("Myönnettävä 10\u00A0080 € ei mahdu määrärahaan: määrärahasta 5\u00A0000 € on vapaana 5\u00A0000 €.", StaffClient.ErrorMessages(page));
        Assert.Equal(KuntalisaDecisionStatus.Submitted, await StatusAsync(isolated, decision.Id));
    }

    [Fact]
    public async Task The_decide_page_is_for_managers_and_another_offices_counsellor_does_not_see_the_decision()
    {
        var decision = await TestDecisions.AddAsync(app, DecisionStage.Submitted);
        var path = DecisionPageModel.PathOf(decision.JobSeekerId, decision.Id);
        using var counsellor = await app.NewClient().SignInAsync("ohjaaja1");
        using var otherOffice = await app.NewClient().SignInAsync("ohjaaja3");
        using var admin = await app.NewClient().SignInAsync("paakayttaja");
        using var anonymous = app.NewClient();

        Assert.Equal(HttpStatusCode.Forbidden, (await counsellor.GetAsync(path + "/Decide")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherOffice.GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherOffice.GetAsync($"/JobSeekers/{decision.JobSeekerId}/Kuntalisa/New")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await admin.GetAsync(path)).StatusCode);
        var toLogin = await anonymous.GetAsync(path);
        Assert.Equal(HttpStatusCode.Redirect, toLogin.StatusCode);
        Assert.Contains("/Account/Login", toLogin.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.True(await TestClients.AuditCountAsync(app, decision.JobSeekerId, AuditAction.AccessDenied) >= 2);
    }

    [Fact]
    public async Task The_card_the_employer_page_and_the_managers_queue_list_the_decision()
    {
        var employer = await TestDecisions.AddEmployerAsync(app);
        var decision = await TestDecisions.AddAsync(app, DecisionStage.Submitted, employer: employer);
        var clientName = await ClientNameAsync(decision.JobSeekerId);
        using var counsellor = await app.NewClient().SignInAsync("ohjaaja1");
        using var otherOffice = await app.NewClient().SignInAsync("ohjaaja3");
        using var manager = await app.NewClient().SignInAsync("esihenkilo");

        var card = await counsellor.PageAsync(TestClients.CardUrl(decision.JobSeekerId));
        Assert.Contains(employer.Name, card.QuerySelector("#kuntalisa-heading")!.ParentElement!.TextContent, StringComparison.Ordinal);

        var employerPage = await counsellor.PageAsync($"/Employers/{employer.Id}");
        Assert.Contains(clientName, employerPage.Body!.TextContent, StringComparison.Ordinal);
        var hidden = await otherOffice.PageAsync($"/Employers/{employer.Id}");
        Assert.DoesNotContain(clientName, hidden.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(1, await TestClients.AuditCountAsync(app, decision.JobSeekerId, AuditAction.View, "employer-kuntalisa-decisions"));

        var queue = await manager.PageAsync("/Kuntalisa");
        Assert.Contains(clientName, queue.Body!.TextContent, StringComparison.Ordinal);
        var otherQueue = await otherOffice.PageAsync("/Kuntalisa?show=all");
        Assert.DoesNotContain(clientName, otherQueue.Body!.TextContent, StringComparison.Ordinal);
    }

    /// <summary>The row version the page's action forms carry, as a browser would post it.</summary>
    private static async Task<Dictionary<string, string>> VersionOfAsync(StaffClient staff, string url) =>
        new() { ["RowVersion"] = (await staff.PageAsync(url)).QuerySelector("input[name=RowVersion]")!.GetAttribute("value")! };

    private async Task<string> ClientNameAsync(long clientId)
    {
        await using var db = app.NewDbContext();
        var client = await db.JobSeekers.AsNoTracking().SingleAsync(j => j.Id == clientId);
        return client.LastName + ", " + client.FirstNames;
    }

    private Task<KuntalisaDecisionStatus> StatusAsync(long decisionId) => StatusAsync(app, decisionId);

    private static async Task<KuntalisaDecisionStatus> StatusAsync(AppFactory factory, long decisionId)
    {
        await using var db = factory.NewDbContext();
        return await db.KuntalisaDecisions.Where(d => d.Id == decisionId).Select(d => d.Status).SingleAsync();
    }
}
