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
/// Ending a decision over HTTP: early end with its preview and recovery, cancelling (a manager's for an approved
/// decision; refused once paid) and closing, each releasing its part of the commitment from the appropriation.
/// </summary>
public sealed class DecisionEndingPagesTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task An_early_end_shows_the_recovery_first_and_saves_it_only_when_confirmed()
    {
        var decision = await TestDecisions.AddAsync(app, DecisionStage.Approved);
        var period = Period(decision);
        using var staff = await app.NewClient().SignInAsync("ohjaaja1");
        using var paid = await ClaimAsync(staff, decision, period.MonthStart(0), 3, OnTime(decision, 2), "7 200");
        Assert.Equal(HttpStatusCode.Redirect, paid.StatusCode);
        var lastDay = period.MonthEnd(1);
        var url = Url(decision, "EndEarly");
        var fields = FormReader.FieldsOf(await staff.PageAsync(url));
        fields["Input.LastDay"] = Iso(lastDay);
        fields["Input.Reason"] = "Työntekijä irtisanoutui.";

        var preview = await staff.PostFormExpectingPageAsync(url, fields);

        // Allowed 2 × 1 680 = 3 360 €, paid 5 040 €, recover 1 680 €; the commitment falls from 10 080 € to 5 040 €.
        var summary = preview.QuerySelector(".preview-summary")!.TextContent;
        Assert.Contains($"Sallittu yhteensä {Formats.Euros(3360m)}, maksettu {Formats.Euros(5040m)}, takaisinperittävä {Formats.Euros(1680m)}, vapautuu {Formats.Euros(5040m)} määrärahasta", summary, StringComparison.Ordinal);
        var unchanged = await app.StoredAsync(decision.Id);
        Assert.Equal(KuntalisaDecisionStatus.InPayment, unchanged.Status);
        Assert.Equal(10_080m, unchanged.Committed);
        Assert.Null(unchanged.EndedEarlyOn);

        var confirm = preview.QuerySelector("form.confirm-end-early")!;
        var confirmFields = confirm.QuerySelectorAll("input[type=hidden]")
            .Where(i => i.GetAttribute("name") != "__RequestVerificationToken")
            .ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value") ?? string.Empty);
        var committedBefore = await app.CommittedAsync(decision);
        using var confirmed = await staff.PostFormAsync(confirm.GetAttribute("action")!, confirmFields, url);

        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.Equal(DecisionPageModel.PathOf(decision.JobSeekerId, decision.Id), confirmed.Headers.Location!.ToString());
        Assert.Contains(Formats.Euros(1680m), await StatusMessageAsync(staff, decision), StringComparison.Ordinal);
        var ended = await app.StoredAsync(decision.Id);
        Assert.Equal(KuntalisaDecisionStatus.EndedEarly, ended.Status);
        Assert.Equal(lastDay, ended.EndedEarlyOn);
        Assert.Equal(3360m, ended.AllowedTotal);
        Assert.Equal(1680m, ended.RecoveryAmount);
        Assert.Equal(5040m, ended.Committed);
        Assert.Equal("Työntekijä irtisanoutui.", ended.EndReason);
        Assert.Equal(committedBefore - 5040m, await app.CommittedAsync(decision));
        Assert.Equal(1, await app.DecisionAuditCountAsync(decision.Id, "ended-early%"));
    }

    [Fact]
    public async Task An_early_end_needs_a_reason_and_a_day_before_the_subsidised_period_ends()
    {
        var decision = await TestDecisions.AddAsync(app, DecisionStage.Approved);
        using var staff = await app.NewClient().SignInAsync("ohjaaja1");
        var url = Url(decision, "EndEarly");
        var fields = FormReader.FieldsOf(await staff.PageAsync(url));
        fields["Input.LastDay"] = Iso(Period(decision).End);
        fields["Input.Reason"] = "";

        var noReason = await staff.PostFormExpectingPageAsync(url, fields);
        Assert.Contains("Ennenaikaisen päättymisen syy on pakollinen.", StaffClient.ErrorMessages(noReason));

        fields["Input.Reason"] = "Konkurssi";
        var notEarly = await staff.PostFormExpectingPageAsync(url, fields);
        Assert.Contains(StaffClient.ErrorMessages(notEarly), m => m.Contains("ei ole ennenaikainen päättyminen", StringComparison.Ordinal));
        Assert.Equal("Konkurssi", notEarly.QuerySelector("textarea[name='Input.Reason']")!.TextContent.Trim());
        Assert.Null(notEarly.QuerySelector("form.confirm-end-early"));
        Assert.Equal(KuntalisaDecisionStatus.Approved, (await app.StoredAsync(decision.Id)).Status);
    }

    [Fact]
    public async Task Cancelling_an_approved_decision_as_a_manager_releases_its_commitment()
    {
        var decision = await TestDecisions.AddAsync(app, DecisionStage.Approved);
        using var manager = await app.NewClient().SignInAsync("esihenkilo");
        var url = Url(decision, "Cancel");
        var page = await manager.PageAsync(url);
        Assert.Contains(Formats.Euros(10_080m), page.QuerySelector(".cancel-question")!.TextContent, StringComparison.Ordinal);
        var fields = FormReader.FieldsOf(page);
        var committedBefore = await app.CommittedAsync(decision);

        fields["Input.Reason"] = "";
        var noReason = await manager.PostFormExpectingPageAsync(url, fields);
        Assert.Contains("Peruutuksen syy on pakollinen.", StaffClient.ErrorMessages(noReason));

        fields["Input.Reason"] = "Työsuhde ei alkanut.";
        using var response = await manager.PostFormAsync(url, fields);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(committedBefore - 10_080m, await app.CommittedAsync(decision));
        var cancelled = await app.StoredAsync(decision.Id);
        Assert.Equal(KuntalisaDecisionStatus.Cancelled, cancelled.Status);
        Assert.Equal(0m, cancelled.Committed);
        Assert.Equal("Työsuhde ei alkanut.", cancelled.CancelReason);
        Assert.Contains(Formats.Euros(10_080m), await StatusMessageAsync(manager, decision), StringComparison.Ordinal);
        Assert.Equal(1, await app.DecisionAuditCountAsync(decision.Id, "cancelled%"));
    }

    [Fact]
    public async Task A_counsellor_may_cancel_a_draft_but_not_an_approved_decision()
    {
        var draft = await TestDecisions.AddAsync(app, DecisionStage.Draft);
        var approved = await TestDecisions.AddAsync(app, DecisionStage.Approved);
        using var counsellor = await app.NewClient().SignInAsync("ohjaaja1");

        var fields = FormReader.FieldsOf(await counsellor.PageAsync(Url(draft, "Cancel")));
        fields["Input.Reason"] = "Hakemus peruttiin.";
        using var cancelled = await counsellor.PostFormAsync(Url(draft, "Cancel"), fields);
        Assert.Equal(HttpStatusCode.Redirect, cancelled.StatusCode);
        Assert.Equal(KuntalisaDecisionStatus.Cancelled, (await app.StoredAsync(draft.Id)).Status);

        var page = await counsellor.PageAsync(Url(approved, "Cancel"));
        Assert.Equal("Myönnetyn päätöksen voi perua vain esihenkilö.", page.QuerySelector(".cancel-refused")!.TextContent.Trim());
        Assert.Null(page.QuerySelector("form[method=post]:not([action])"));

        var anyForm = await counsellor.PageAsync(ClaimUrl(approved));
        using var refused = await PostWithTokenOfAsync(counsellor, anyForm, Url(approved, "Cancel"), new() { ["Input.Reason"] = "Yritän silti.", ["Version"] = "0" });
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(KuntalisaDecisionStatus.Approved, (await app.StoredAsync(approved.Id)).Status);
        Assert.Equal(1, await TestClients.AuditCountAsync(app, approved.JobSeekerId, AuditAction.AccessDenied, "cancel-approved-needs-manager", DecisionPageModel.RecordType));
    }

    [Fact]
    public async Task A_decision_with_payments_cannot_be_cancelled_and_the_page_points_to_ending_it_early()
    {
        var decision = await TestDecisions.AddAsync(app, DecisionStage.Approved);
        using var manager = await app.NewClient().SignInAsync("esihenkilo");
        var fields = FormReader.FieldsOf(await manager.PageAsync(Url(decision, "Cancel")));
        fields["Input.Reason"] = "Väärä työnantaja.";
        using var counsellor = await app.NewClient().SignInAsync("ohjaaja1");
        using var claim = await ClaimAsync(counsellor, decision, Period(decision).MonthStart(0), 1, OnTime(decision, 0), "2 400");
        Assert.Equal(HttpStatusCode.Redirect, claim.StatusCode);

        using var response = await PostWithTokenOfAsync(manager, await manager.PageAsync(Url(decision, "Claims/New")), Url(decision, "Cancel"), fields);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var refused = await StaffClient.ParseAsync(await response.Content.ReadAsStringAsync());

        Assert.Contains("Päätöstä, josta on jo maksettu, ei voi perua; päätä se ennenaikaisesti.", StaffClient.ErrorMessages(refused));
        Assert.NotNull(refused.QuerySelector($".cancel-refused a[href='{Url(decision, "EndEarly")}']"));
        var stored = await app.StoredAsync(decision.Id);
        Assert.Equal(KuntalisaDecisionStatus.InPayment, stored.Status);
        Assert.Equal(10_080m, stored.Committed);
    }

    [Fact]
    public async Task Closing_releases_what_was_committed_beyond_what_was_paid()
    {
        var decision = await TestDecisions.AddAsync(app, DecisionStage.Approved);
        using var staff = await app.NewClient().SignInAsync("ohjaaja1");
        var notYet = await staff.PageAsync(Url(decision, "Close"));
        Assert.Contains("Myönnetty", notYet.QuerySelector(".close-refused")!.TextContent, StringComparison.Ordinal);
        using var claim = await ClaimAsync(staff, decision, Period(decision).MonthStart(0), 3, OnTime(decision, 2), "7 200");
        Assert.Equal(HttpStatusCode.Redirect, claim.StatusCode);

        var page = await staff.PageAsync(Url(decision, "Close"));
        Assert.Contains(Formats.Euros(5040m), page.QuerySelector(".close-question")!.TextContent, StringComparison.Ordinal);
        var committedBefore = await app.CommittedAsync(decision);
        using var closed = await staff.PostFormAsync(Url(decision, "Close"), FormReader.FieldsOf(page));

        Assert.Equal(HttpStatusCode.Redirect, closed.StatusCode);
        var stored = await app.StoredAsync(decision.Id);
        Assert.Equal(KuntalisaDecisionStatus.Closed, stored.Status);
        Assert.Equal(5040m, stored.Committed);
        Assert.Equal(committedBefore - 5040m, await app.CommittedAsync(decision));
        Assert.Contains(Formats.Euros(5040m), await StatusMessageAsync(staff, decision), StringComparison.Ordinal);
        Assert.Equal(1, await app.DecisionAuditCountAsync(decision.Id, "closed%"));
        // Every read of the form is audited: the refusal, the confirmation, its reload for the post, and the post.
        Assert.Equal(4, await app.DecisionAuditCountAsync(decision.Id, "close-form"));
    }

    [Fact]
    public async Task Closing_from_a_form_shown_before_another_change_is_refused_as_a_concurrent_edit()
    {
        var decision = await TestDecisions.AddAsync(app, DecisionStage.Approved);
        using var staff = await app.NewClient().SignInAsync("ohjaaja1");
        using var first = await ClaimAsync(staff, decision, Period(decision).MonthStart(0), 1, OnTime(decision, 0), "2 400");
        var stale = FormReader.FieldsOf(await staff.PageAsync(Url(decision, "Close")));
        using var second = await ClaimAsync(staff, decision, Period(decision).MonthStart(1), 1, OnTime(decision, 1), "2 400");

        var refused = await staff.PostFormExpectingPageAsync(Url(decision, "Close"), stale);

        Assert.Contains(StaffClient.ErrorMessages(refused), m => m.StartsWith("Joku muu muutti tietoja", StringComparison.Ordinal));
        Assert.Equal(KuntalisaDecisionStatus.InPayment, (await app.StoredAsync(decision.Id)).Status);
        Assert.Equal(1, await app.DecisionAuditCountAsync(decision.Id, "concurrency-conflict%"));
    }
}
