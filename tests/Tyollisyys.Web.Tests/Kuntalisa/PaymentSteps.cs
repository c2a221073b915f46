using System.Globalization;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Tyollisyys.Domain.Kuntalisa;
using Tyollisyys.Web.Pages.JobSeekers.Kuntalisa;
using Tyollisyys.Web.Tests.Support;

namespace Tyollisyys.Web.Tests.Kuntalisa;

/// <summary>Arranging and driving the payment pages of one decision: claims, early end, cancelling, closing.</summary>
public static class PaymentSteps
{
    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Url(KuntalisaDecision decision, string page) => DecisionPageModel.PathOf(decision.JobSeekerId, decision.Id) + "/" + page;

    public static string ClaimUrl(KuntalisaDecision decision) => Url(decision, "Claims/New");

    public static KuntalisaSubsidyPeriod Period(KuntalisaDecision decision) => decision.SubsidyPeriod!;

    /// <summary>A day a claim ending with subsidy month <paramref name="lastIndex"/> is received on time: the next day.</summary>
    public static DateOnly OnTime(KuntalisaDecision decision, int lastIndex) => Period(decision).MonthEnd(lastIndex).AddDays(1);

    /// <summary>
    /// An approved decision whose whole 6-month subsidised period is over: employment from the 1st of the month
    /// 7 months ago, for a Kajaani client unemployed long enough before that (2 400 €/month at 70 %: 10 080 €).
    /// </summary>
    public static async Task<KuntalisaDecision> AddPastDecisionAsync(AppFactory app)
    {
        var clients = await app.AddAsync(new ClientSpec(TestClients.UniqueName()) { SpellDaysAgo = 700 });
        var today = TestClients.Today;
        var start = new DateOnly(today.Year, today.Month, 1).AddMonths(-7);
        return await TestDecisions.AddAsync(app, DecisionStage.Approved, clients[0].Id, employmentStart: start);
    }

    /// <summary>The claim form as shown, with the given period, received day, wages and late reason.</summary>
    public static async Task<Dictionary<string, string>> ClaimFieldsAsync(
        StaffClient staff, KuntalisaDecision decision, DateOnly start, int months, DateOnly receivedOn, string wages, string? lateReason = null)
    {
        var fields = FormReader.FieldsOf(await staff.PageAsync(ClaimUrl(decision)));
        fields["Input.PeriodStart"] = Iso(start);
        fields["Input.Months"] = months.ToString(CultureInfo.InvariantCulture);
        fields["Input.ReceivedOn"] = Iso(receivedOn);
        fields["Input.Wages"] = wages;
        fields["Input.LateReason"] = lateReason ?? string.Empty;
        return fields;
    }

    public static async Task<HttpResponseMessage> ClaimAsync(
        StaffClient staff, KuntalisaDecision decision, DateOnly start, int months, DateOnly receivedOn, string wages, string? lateReason = null) =>
        await staff.PostFormAsync(ClaimUrl(decision), await ClaimFieldsAsync(staff, decision, start, months, receivedOn, wages, lateReason));

    /// <summary>Posts with the antiforgery token of an earlier page, as a stale browser tab would.</summary>
    public static async Task<HttpResponseMessage> PostWithTokenOfAsync(StaffClient staff, IHtmlDocument earlierPage, string url, Dictionary<string, string> fields)
    {
        var token = earlierPage.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var content = new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", token)));
        return await staff.Http.PostAsync(new Uri(url, UriKind.Relative), content);
    }

    /// <summary>The status message shown after a redirect (read on the client's card, whichever page comes next).</summary>
    public static async Task<string> StatusMessageAsync(StaffClient staff, KuntalisaDecision decision)
    {
        var page = await staff.PageAsync(TestClients.CardUrl(decision.JobSeekerId));
        return page.QuerySelector(".status-message")?.TextContent.Trim() ?? string.Empty;
    }

    public static async Task<KuntalisaDecision> StoredAsync(this AppFactory app, long decisionId)
    {
        await using var db = app.NewDbContext();
        return await db.KuntalisaDecisions.AsNoTracking().Include(d => d.Claims).SingleAsync(d => d.Id == decisionId);
    }

    public static async Task<int> DecisionAuditCountAsync(this AppFactory app, long decisionId, string reasonLike)
    {
        await using var db = app.NewDbContext();
        var id = decisionId.ToString(CultureInfo.InvariantCulture);
        return await db.AuditEvents.CountAsync(e => e.RecordType == DecisionPageModel.RecordType && e.RecordId == id && EF.Functions.Like(e.Reason!, reasonLike));
    }

    public static async Task<decimal> CommittedAsync(this AppFactory app, KuntalisaDecision decision)
    {
        await using var db = app.NewDbContext();
        return await DecisionApproval.CommittedAsync(db, decision.MunicipalityId, decision.NumberYear ?? TestClients.Today.Year);
    }
}
