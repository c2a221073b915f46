using System.Net;
using Tyollisyys.Domain.Kuntalisa;
using Tyollisyys.Web.Infrastructure.Audit;
using Tyollisyys.Web.Infrastructure.Localization;
using Tyollisyys.Web.Pages.JobSeekers.Kuntalisa;
using Tyollisyys.Web.Tests.Support;
using Xunit;
using static Tyollisyys.Web.Tests.Kuntalisa.PaymentSteps;

namespace Tyollisyys.Web.Tests.Kuntalisa;

/// <summary>
/// Recording payment claims over HTTP: the payable amount at the granted share (capped at the monthly amount),
/// late claims, the grant as the ceiling of everything paid, overlaps, validation, stale forms, and who may see the page.
/// The test decision pays 70 % of 2 400 €: 1 680 € a month, 10 080 € for 6 months.
/// </summary>
public sealed class PaymentPagesTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task A_claim_pays_the_granted_share_of_the_wages_at_most_the_monthly_amount_and_the_status_says_so()
    {
        var decision = await TestDecisions.AddAsync(app, DecisionStage.Approved);
        var period = Period(decision);
        using var staff = await app.NewClient().SignInAsync("ohjaaja1");

        using var full = await ClaimAsync(staff, decision, period.MonthStart(0), 1, OnTime(decision, 0), "2 400,00");
        Assert.Equal(HttpStatusCode.Redirect, full.StatusCode);
        Assert.Equal(DecisionPageModel.PathOf(decision.JobSeekerId, decision.Id), full.Headers.Location!.ToString());
        Assert.Contains(Formats.Euros(1680m), await StatusMessageAsync(staff, decision), StringComparison.Ordinal);

        using var lower = await ClaimAsync(staff, decision, period.MonthStart(1), 1, OnTime(decision, 1), "2000");
        Assert.Equal(HttpStatusCode.Redirect, lower.StatusCode);
        var lowerStatus = await StatusMessageAsync(staff, decision);
        Assert.Contains(Formats.Euros(1400m), lowerStatus, StringComparison.Ordinal);
        Assert.DoesNotContain("rajattiin", lowerStatus, StringComparison.Ordinal);

        using var higher = await ClaimAsync(staff, decision, period.MonthStart(2), 1, OnTime(decision, 2), "3 000");
        Assert.Equal(HttpStatusCode.Redirect, higher.StatusCode);
        var higherStatus = await StatusMessageAsync(staff, decision);
        Assert.Contains(Formats.Euros(1680m), higherStatus, StringComparison.Ordinal);
        Assert.Contains("rajattiin myönnettyyn kuukausimäärään", higherStatus, StringComparison.Ordinal);

        var stored = await app.StoredAsync(decision.Id);
        Assert.Equal(KuntalisaDecisionStatus.InPayment, stored.Status);
        Assert.Equal([1680m, 1400m, 1680m], stored.Claims.OrderBy(c => c.PeriodStart).Select(c => c.PayableAmount));
        Assert.Equal([false, false, true], stored.Claims.OrderBy(c => c.PeriodStart).Select(c => c.PayableLimitedByMonthlyAmount));
        Assert.Equal(4760m, stored.TotalPaid);
        Assert.Equal(3, await app.DecisionAuditCountAsync(decision.Id, "claim-recorded%"));

        // The claims table lists them with the total.
        var form = await staff.PageAsync(ClaimUrl(decision));
        Assert.Equal(3, form.QuerySelectorAll("table.claims tbody tr").Length);
        Assert.Equal(Formats.Euros(4760m), form.QuerySelector("table.claims .claims-total")!.TextContent.Trim());
        Assert.Contains("rajattu kuukausimäärään", form.QuerySelector("table.claims")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_form_shows_the_decisions_key_facts_and_the_open_months_with_their_deadlines_and_its_view_is_audited()
    {
        var decision = await TestDecisions.AddAsync(app, DecisionStage.Approved);
        using var staff = await app.NewClient().SignInAsync("ohjaaja1");

        var page = await staff.PageAsync(ClaimUrl(decision));

        var facts = page.QuerySelector("dl.decision-facts")!.TextContent;
        Assert.Contains(decision.Number!, facts, StringComparison.Ordinal);
        Assert.Contains(Formats.Euros(10_080m), facts, StringComparison.Ordinal);
        var firstMonthEnd = Period(decision).MonthEnd(0);
        var firstRow = page.QuerySelector("table.open-months tbody tr")!.TextContent;
        Assert.Contains(Formats.Date(KuntalisaPaymentClaim.DeadlineFor(firstMonthEnd)), firstRow, StringComparison.Ordinal);
        Assert.Equal(6, page.QuerySelectorAll("select[name='Input.PeriodStart'] option").Length);
        Assert.NotNull(page.QuerySelector(".claims-empty"));
        Assert.Equal(1, await app.DecisionAuditCountAsync(decision.Id, "claim-form"));
    }

    [Fact]
    public async Task A_late_claim_is_refused_without_a_reason_and_accepted_and_flagged_with_one()
    {
        var decision = await AddPastDecisionAsync(app);
        var month = Period(decision).MonthStart(0);
        using var staff = await app.NewClient().SignInAsync("ohjaaja1");
        var today = TestClients.Today;

        var refused = await staff.PostFormExpectingPageAsync(ClaimUrl(decision), await ClaimFieldsAsync(staff, decision, month, 1, today, "2 400"));
        var deadline = KuntalisaPaymentClaim.DeadlineFor(Period(decision).MonthEnd(0));
        Assert.Contains(StaffClient.ErrorMessages(refused), m => m.Contains(Formats.Date(deadline), StringComparison.Ordinal) && m.Contains("perustellusta syystä", StringComparison.Ordinal));
        Assert.Equal("2 400", refused.QuerySelector("input[name='Input.Wages']")!.GetAttribute("value"));
        Assert.Contains(Formats.Date(deadline), refused.QuerySelector(".chosen-period")!.TextContent, StringComparison.Ordinal);
        Assert.Empty((await app.StoredAsync(decision.Id)).Claims);

        using var accepted = await ClaimAsync(staff, decision, month, 1, today, "2 400", "Työnantajan kirjanpitäjä sairastui.");
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        Assert.Contains("myöhästyneeksi", await StatusMessageAsync(staff, decision), StringComparison.Ordinal);
        var claim = Assert.Single((await app.StoredAsync(decision.Id)).Claims);
        Assert.True(claim.IsLate);
        Assert.Equal("Työnantajan kirjanpitäjä sairastui.", claim.LateReason);
        var table = (await staff.PageAsync(ClaimUrl(decision))).QuerySelector("table.claims")!.TextContent;
        Assert.Contains("Myöhässä", table, StringComparison.Ordinal);
        Assert.Contains("Työnantajan kirjanpitäjä sairastui.", table, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Claims_never_pay_more_than_the_grant_and_a_further_claim_is_refused()
    {
        var decision = await AddPastDecisionAsync(app);
        var period = Period(decision);
        using var staff = await app.NewClient().SignInAsync("ohjaaja1");

        using var first = await ClaimAsync(staff, decision, period.MonthStart(0), 3, period.MonthEnd(2).AddDays(10), "9 000");
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        var formBeforeLast = await staff.PageAsync(ClaimUrl(decision));
        var staleFields = FormReader.FieldsOf(formBeforeLast);
        using var second = await ClaimAsync(staff, decision, period.MonthStart(3), 3, period.MonthEnd(5).AddDays(10), "9 000");
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);

        var stored = await app.StoredAsync(decision.Id);
        Assert.Equal([5040m, 5040m], stored.Claims.Select(c => c.PayableAmount));
        Assert.Equal(10_080m, stored.TotalPaid);
        Assert.Equal(stored.GrantedTotal, stored.TotalPaid);

        // Nothing is left: the form is gone, and a stale tab's post is refused by the domain, not saved.
        var after = await staff.PageAsync(ClaimUrl(decision));
        Assert.NotNull(after.QuerySelector(".claims-closed"));
        Assert.Null(after.QuerySelector("select[name='Input.PeriodStart']"));
        staleFields["Input.PeriodStart"] = Iso(period.MonthStart(3));
        staleFields["Input.Wages"] = "100";
        using var refused = await PostWithTokenOfAsync(staff, formBeforeLast, ClaimUrl(decision), staleFields);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await StaffClient.ParseAsync(await refused.Content.ReadAsStringAsync());
        Assert.Contains(StaffClient.ErrorMessages(page), m => m.Contains("haettavaa ei ole jäljellä", StringComparison.Ordinal));
        Assert.Equal(10_080m, (await app.StoredAsync(decision.Id)).TotalPaid);
    }

    [Fact]
    public async Task A_claim_overlapping_an_earlier_one_is_refused_with_the_earlier_period()
    {
        var decision = await TestDecisions.AddAsync(app, DecisionStage.Approved);
        var period = Period(decision);
        using var staff = await app.NewClient().SignInAsync("ohjaaja1");
        using var second = await ClaimAsync(staff, decision, period.MonthStart(1), 1, OnTime(decision, 1), "2 400");
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);

        var page = await staff.PostFormExpectingPageAsync(ClaimUrl(decision), await ClaimFieldsAsync(staff, decision, period.MonthStart(0), 3, OnTime(decision, 2), "7 200"));

        Assert.Contains(StaffClient.ErrorMessages(page), m => m.Contains("päällekkäin", StringComparison.Ordinal) && m.Contains(Formats.Date(period.MonthStart(1)), StringComparison.Ordinal));
        Assert.Equal("3", page.QuerySelector("select[name='Input.Months'] option[selected]")!.GetAttribute("value"));
        Assert.Single((await app.StoredAsync(decision.Id)).Claims);
    }

    [Fact]
    public async Task Bad_input_is_refused_with_finnish_messages_and_kept_on_the_form()
    {
        var decision = await TestDecisions.AddAsync(app, DecisionStage.Approved);
        using var staff = await app.NewClient().SignInAsync("ohjaaja1");
        var fields = await ClaimFieldsAsync(staff, decision, Period(decision).MonthStart(0), 1, TestClients.Today.AddDays(3), "12.500,50");

        var page = await staff.PostFormExpectingPageAsync(ClaimUrl(decision), fields);

        var errors = StaffClient.ErrorMessages(page);
        Assert.Contains("Saapumispäivä ei voi olla tulevaisuudessa.", errors);
        Assert.Contains(errors, e => e.StartsWith("Anna palkat euroina", StringComparison.Ordinal));
        Assert.Equal("12.500,50", page.QuerySelector("input[name='Input.Wages']")!.GetAttribute("value"));
        Assert.Equal("Input_Wages-error", page.QuerySelector("input[name='Input.Wages']")!.GetAttribute("aria-describedby")!.Split(' ')[^1]);

        fields["Input.ReceivedOn"] = Iso(TestClients.Today);
        fields["Input.Wages"] = "";
        fields["Input.PeriodStart"] = Iso(Period(decision).MonthStart(0).AddDays(3));
        var again = await staff.PostFormExpectingPageAsync(ClaimUrl(decision), fields);
        Assert.Contains("Anna jaksolta maksetut palkat.", StaffClient.ErrorMessages(again));

        fields["Input.Wages"] = "2 400";
        var notAStart = await staff.PostFormExpectingPageAsync(ClaimUrl(decision), fields);
        Assert.Contains(StaffClient.ErrorMessages(notAStart), e => e.StartsWith("Valittu päivä ei ole tukikuukauden ensimmäinen päivä", StringComparison.Ordinal));
        Assert.Empty((await app.StoredAsync(decision.Id)).Claims);
    }

    [Fact]
    public async Task A_decision_that_is_not_approved_takes_no_claims_and_the_page_says_why()
    {
        var decision = await TestDecisions.AddAsync(app, DecisionStage.Submitted);
        using var staff = await app.NewClient().SignInAsync("ohjaaja1");

        var page = await staff.PageAsync(ClaimUrl(decision));

        Assert.Null(page.QuerySelector("form[method=post]:not([action])"));
        Assert.Contains("Odottaa päätöstä", page.QuerySelector(".claims-closed")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_claims_from_forms_read_before_either_was_saved_do_not_both_go_through()
    {
        var decision = await TestDecisions.AddAsync(app, DecisionStage.Approved);
        var period = Period(decision);
        using var staff = await app.NewClient().SignInAsync("ohjaaja1");
        var firstTab = await ClaimFieldsAsync(staff, decision, period.MonthStart(0), 1, OnTime(decision, 0), "2 400");
        var secondTab = await ClaimFieldsAsync(staff, decision, period.MonthStart(1), 1, OnTime(decision, 1), "2 400");

        using var saved = await staff.PostFormAsync(ClaimUrl(decision), firstTab);
        var refused = await staff.PostFormExpectingPageAsync(ClaimUrl(decision), secondTab);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains(StaffClient.ErrorMessages(refused), m => m.StartsWith("Joku muu muutti tietoja", StringComparison.Ordinal));
        Assert.Equal("2 400", refused.QuerySelector("input[name='Input.Wages']")!.GetAttribute("value"));
        Assert.Single((await app.StoredAsync(decision.Id)).Claims);

        // The form now carries the new row version, so sending it again records the claim.
        using var retried = await staff.PostFormAsync(ClaimUrl(decision), FormReader.FieldsOf(refused));
        Assert.Equal(HttpStatusCode.Redirect, retried.StatusCode);
        Assert.Equal(2, (await app.StoredAsync(decision.Id)).Claims.Count);
    }

    [Fact]
    public async Task The_payment_pages_answer_404_to_another_offices_counsellor_with_the_denial_audited_403_to_admin_and_login_to_anonymous()
    {
        var decision = await TestDecisions.AddAsync(app, DecisionStage.Approved);
        using var other = await app.NewClient().SignInAsync("ohjaaja3");
        using var admin = await app.NewClient().SignInAsync("paakayttaja");
        using var anonymous = app.NewClient();
        string[] pages = ["Claims/New", "EndEarly", "Cancel", "Close"];

        foreach (var page in pages)
        {
            using var hidden = await other.GetAsync(Url(decision, page));
            Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
            using var forbidden = await admin.GetAsync(Url(decision, page));
            Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
            using var login = await anonymous.GetAsync(Url(decision, page));
            Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
            Assert.Contains("/Account/Login", login.Headers.Location!.ToString(), StringComparison.Ordinal);
        }

        Assert.Equal(pages.Length, await TestClients.AuditCountAsync(app, decision.JobSeekerId, AuditAction.AccessDenied));
        Assert.Equal(0, await app.DecisionAuditCountAsync(decision.Id, "%-form"));
    }
}
