using Microsoft.EntityFrameworkCore;
using Tyollisyys.Domain.WorkTrials;
using Tyollisyys.Web.Data;
using Tyollisyys.Web.Infrastructure.Audit;
using Tyollisyys.Web.Pages.Admin.WorkTrialSettings;
using Tyollisyys.Web.Pages.JobSeekers.WorkTrials;
using Tyollisyys.Web.Tests.Support;
using Xunit;

namespace Tyollisyys.Web.Tests.WorkTrials;

/// <summary>The admin sets the follow-up rule (issue 6 item 3); the worklist follows the stored rule. The tests of this class share one settings row, so each sets the rule it needs.</summary>
public sealed class FollowUpRuleAdministrationTests(AppFactory app) : IClassFixture<AppFactory>
{
    private const string Page = "/Admin/WorkTrialSettings/FollowUp";

    [Fact]
    public async Task Admin_changes_the_rule_and_the_audit_row_holds_the_rule_before_and_after()
    {
        await StoreAsync(new FollowUpRule(2, 4));
        using var admin = await app.NewClient().SignInAsync("paakayttaja");
        var form = FormReader.FieldsOf(await admin.PageAsync(Page));
        Assert.Equal(("2", "4"), (form["Input.MinContactsPerWeek"], form["Input.ForFirstWeeks"]));
        form["Input.MinContactsPerWeek"] = "3";
        form["Input.ForFirstWeeks"] = "6";

        await admin.PostExpectingRedirectAsync(Page, form, "/Admin/WorkTrialSettings");

        await using var db = app.NewDbContext();
        Assert.Equal(new FollowUpRule(3, 6), await db.FollowUpRuleAsync());
        var row = (await app.AuditRowsAsync(FollowUpModel.RecordType, "1")).Last();
        Assert.Equal(AuditAction.Update, row.Action);
        Assert.Equal("follow-up 2/week for 4 weeks -> 3/week for 6 weeks", row.Reason);
        var settings = await admin.PageAsync("/Admin/WorkTrialSettings");
        Assert.Contains("Vähintään 3 yhteydenottoa viikossa työkokeilun 6 ensimmäisen viikon aikana.", settings.QuerySelector("#follow-up-heading")!.ParentElement!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("8", "4")]
    [InlineData("2", "27")]
    [InlineData("-1", "4")]
    public async Task A_rule_outside_the_bounds_is_refused_with_the_domains_finnish_message_and_the_input_kept(string contacts, string weeks)
    {
        await StoreAsync(new FollowUpRule(2, 4));
        using var admin = await app.NewClient().SignInAsync("paakayttaja");
        var form = FormReader.FieldsOf(await admin.PageAsync(Page));
        form["Input.MinContactsPerWeek"] = contacts;
        form["Input.ForFirstWeeks"] = weeks;

        var page = await admin.PostFormExpectingPageAsync(Page, form);

        Assert.Equal(["Seurantasääntö vaatii 0–7 yhteydenottoa viikossa enintään 26 viikon ajan."], StaffClient.ErrorMessages(page));
        Assert.Equal(contacts, page.QuerySelector("#Input_MinContactsPerWeek")!.GetAttribute("value"));
        Assert.Equal(weeks, page.QuerySelector("#Input_ForFirstWeeks")!.GetAttribute("value"));
        await using var db = app.NewDbContext();
        Assert.Equal(new FollowUpRule(2, 4), await db.FollowUpRuleAsync());
    }

    [Fact]
    public async Task Missing_or_unreadable_numbers_are_refused_in_finnish()
    {
        using var admin = await app.NewClient().SignInAsync("paakayttaja");
        var form = FormReader.FieldsOf(await admin.PageAsync(Page));
        form["Input.MinContactsPerWeek"] = "";
        form["Input.ForFirstWeeks"] = "neljä";

        var page = await admin.PostFormExpectingPageAsync(Page, form);

        Assert.Equal(["Anna kokonaisluku.", "Anna kokonaisluku."], StaffClient.ErrorMessages(page));
        Assert.Equal("Input_MinContactsPerWeek-error", page.QuerySelector("#Input_MinContactsPerWeek")!.GetAttribute("aria-describedby"));
    }

    [Fact]
    public async Task A_stale_form_is_refused_and_shows_the_rule_saved_meanwhile()
    {
        await StoreAsync(new FollowUpRule(2, 4));
        using var admin = await app.NewClient().SignInAsync("paakayttaja");
        var stale = FormReader.FieldsOf(await admin.PageAsync(Page));
        var first = new Dictionary<string, string>(stale) { ["Input.MinContactsPerWeek"] = "1" };
        await admin.PostExpectingRedirectAsync(Page, first, "/Admin/WorkTrialSettings");

        var second = new Dictionary<string, string>(stale) { ["Input.MinContactsPerWeek"] = "5" };
        var page = await admin.PostFormExpectingPageAsync(Page, second);

        Assert.Equal(["Joku muu muutti tietoja sillä välin. Tarkista tämänhetkiset tiedot ja tee muutoksesi uudelleen."], StaffClient.ErrorMessages(page));
        Assert.Equal("1", page.QuerySelector("#Input_MinContactsPerWeek")!.GetAttribute("value"));
        await using var db = app.NewDbContext();
        Assert.Equal(new FollowUpRule(1, 4), await db.FollowUpRuleAsync());
    }

    [Fact]
    public async Task A_stored_rule_of_one_contact_a_week_changes_which_weeks_the_worklist_shows()
    {
        // Started 22 days ago: weeks 1–3 have ended, each with one contact; the start meeting is logged.
        await StoreAsync(new FollowUpRule(2, 4));
        var start = TestClients.Today.AddDays(-22);
        var trial = await TestWorkTrials.AddOngoingAsync(app, start);
        await using (var db = app.NewDbContext())
        {
            var tracked = await db.WorkTrials.Include(w => w.Contacts).SingleAsync(w => w.Id == trial.Id);
            tracked.LogContact(start.AddDays(1), ContactChannel.Visit, "Sari Ohjaaja", null, WorkTrialContactKind.StartMeeting);
            tracked.LogContact(start.AddDays(9), ContactChannel.Phone, "Sari Ohjaaja", null);
            tracked.LogContact(start.AddDays(16), ContactChannel.Phone, "Sari Ohjaaja", null);
            await db.SaveChangesAsync();
        }

        using var counsellor = await app.NewClient().SignInAsync("ohjaaja1");
        var details = DetailsModel.PathOf(trial.JobSeekerId, trial.Id);
        Assert.Equal(["Viikko 1", "Viikko 2", "Viikko 3"], await MissedWeeksAsync(counsellor, trial));
        Assert.NotNull((await counsellor.PageAsync(details)).QuerySelector("#followup-heading + ul.notice"));

        using var admin = await app.NewClient().SignInAsync("paakayttaja");
        var form = FormReader.FieldsOf(await admin.PageAsync(Page));
        form["Input.MinContactsPerWeek"] = "1";
        await admin.PostExpectingRedirectAsync(Page, form, "/Admin/WorkTrialSettings");

        Assert.Empty(await MissedWeeksAsync(counsellor, trial));
        Assert.Null((await counsellor.PageAsync(details)).QuerySelector("#followup-heading + ul.notice"));
    }

    [Fact]
    public async Task Counsellors_and_managers_are_refused_and_an_anonymous_visitor_is_sent_to_the_login()
    {
        foreach (var user in new[] { "ohjaaja1", "esihenkilo" })
        {
            using var staff = await app.NewClient().SignInAsync(user);
            foreach (var url in new[] { "/Admin/WorkTrialSettings", Page, "/Admin/WorkTrialSettings/NewRate", "/Admin/WorkTrialSettings/RemoveRate/0001-01-01" })
            {
                using var refused = await staff.GetAsync(url);
                Assert.Equal(System.Net.HttpStatusCode.Forbidden, refused.StatusCode);
            }
        }

        using var anonymous = app.NewClient();
        using var answer = await anonymous.GetAsync(Page);
        Assert.Contains("/Account/Login", answer.Headers.Location!.OriginalString, StringComparison.Ordinal);
        await using var db = app.NewDbContext();
        Assert.Equal(8, await db.AuditEvents.CountAsync(e => e.Action == AuditAction.AccessDenied && e.RecordType == "Page" && e.RecordId!.StartsWith("/Admin/WorkTrialSettings")));
    }

    /// <summary>The missed-week items of <paramref name="trial"/> on the counsellor's worklist, as "Viikko N".</summary>
    private static async Task<List<string>> MissedWeeksAsync(StaffClient counsellor, WorkTrialAgreement trial)
    {
        var worklist = await counsellor.PageAsync("/Worklist");
        var link = $"a[href='{DetailsModel.PathOf(trial.JobSeekerId, trial.Id)}']";
        return [.. worklist.QuerySelectorAll("section.work-trial-followup tbody tr")
            .Where(r => r.QuerySelector(link) is not null)
            .Select(r => r.QuerySelectorAll("td")[1].TextContent.Trim())
            .Where(text => text.StartsWith("Viikko", StringComparison.Ordinal))
            .Select(text => text[..text.IndexOf(' ', "Viikko ".Length)])];
    }

    private async Task StoreAsync(FollowUpRule rule)
    {
        await using var db = app.NewDbContext();
        var settings = await db.WorkTrialSettings.SingleAsync();
        settings.ChangeFollowUpRule(rule);
        await db.SaveChangesAsync();
    }
}
