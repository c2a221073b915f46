using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Tyollisyys.Domain.WorkTrials;
using Tyollisyys.Web.Infrastructure.Audit;
using Tyollisyys.Web.Pages.JobSeekers.WorkTrials;
using Tyollisyys.Web.Tests.Support;
using Xunit;

namespace Tyollisyys.Web.Tests.WorkTrials;

/// <summary>Editing a draft agreement: the form shared with New, the limits on save, signatures cleared by a change, stale forms refused.</summary>
public sealed class WorkTrialEditTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public async Task A_counsellor_edits_a_draft_through_the_form_filled_with_its_terms_and_the_change_is_audited()
    {
        var trial = await TestWorkTrials.AddAsync(app);
        using var counsellor = await app.NewClient().SignInAsync("ohjaaja1");
        var details = await counsellor.PageAsync(DetailsModel.PathOf(trial.JobSeekerId, trial.Id));
        var edit = EditModel.PathOf(trial.JobSeekerId, trial.Id);
        Assert.NotNull(details.QuerySelector($"a[href='{edit}']"));

        var form = FormReader.FieldsOf(await counsellor.PageAsync(edit));
        Assert.Equal(("Varastotyöt", "5", "6", Day(trial.StartDate)), (form["Input.Tasks"], form["Input.DaysPerWeek"], form["Input.HoursPerDay"], form["Input.StartDate"]));
        form["Input.Tasks"] = "Keräily ja pakkaus";
        form["Input.DaysPerWeek"] = "3";
        form["Input.HoursPerDay"] = "4,5";
        using (var saved = await counsellor.PostFormAsync(edit, form))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
            Assert.Equal(DetailsModel.PathOf(trial.JobSeekerId, trial.Id), saved.Headers.Location!.OriginalString);
        }

        await using var db = app.NewDbContext();
        var stored = await db.WorkTrials.AsNoTracking().SingleAsync(w => w.Id == trial.Id);
        Assert.Equal(("Keräily ja pakkaus", 3, 4.5m), (stored.Tasks, stored.DaysPerWeek, stored.HoursPerDay));
        Assert.Equal(1, await TestClients.AuditCountAsync(app, trial.JobSeekerId, AuditAction.Update, "work-trial-draft-updated", NewModel.RecordType));
        // The form was shown twice (read, then again for its token by PostFormAsync) and posted once: each is a view of the client.
        Assert.Equal(3, await TestClients.AuditCountAsync(app, trial.JobSeekerId, AuditAction.View, "work-trial-edit-form"));
    }

    [Fact]
    public async Task Changing_a_partly_signed_draft_clears_its_signatures_and_says_so_while_an_unchanged_save_keeps_them()
    {
        var trial = await TestWorkTrials.AddAsync(app);
        await using (var db = app.NewDbContext())
        {
            var tracked = await db.WorkTrials.SingleAsync(w => w.Id == trial.Id);
            tracked.Sign(WorkTrialParty.JobSeeker, TestClients.Today);
            await db.SaveChangesAsync();
        }

        using var counsellor = await app.NewClient().SignInAsync("ohjaaja1");
        var edit = EditModel.PathOf(trial.JobSeekerId, trial.Id);
        var page = await counsellor.PageAsync(edit);
        Assert.Contains("allekirjoitukset poistetaan", page.QuerySelector("p.notice")!.TextContent, StringComparison.Ordinal);
        using (var unchanged = await counsellor.PostFormAsync(edit, FormReader.FieldsOf(page)))
        {
            Assert.Equal(HttpStatusCode.Redirect, unchanged.StatusCode);
        }

        Assert.NotNull(await SignedByJobSeekerAsync(trial.Id));

        var form = FormReader.FieldsOf(await counsellor.PageAsync(edit));
        form["Input.SupervisorName"] = "Pekka Ohjaaja";
        using (var changed = await counsellor.PostFormAsync(edit, form))
        {
            Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        }

        Assert.Null(await SignedByJobSeekerAsync(trial.Id));
        var details = await counsellor.PageAsync(DetailsModel.PathOf(trial.JobSeekerId, trial.Id));
        Assert.Contains("aiemmat allekirjoitukset poistettiin", details.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(1, await TestClients.AuditCountAsync(app, trial.JobSeekerId, AuditAction.Update, "work-trial-draft-updated; signatures-cleared", NewModel.RecordType));
    }

    [Fact]
    public async Task The_limits_are_checked_on_save_without_the_trial_itself_and_named_with_their_numbers()
    {
        // 4.1.–31.5.2027 is 148 days with the organiser; 6 months from 4.1. allow 181. A second trial from 1.7. may run 33 days.
        var first = await TestWorkTrials.AddAsync(app, start: new DateOnly(2027, 1, 4), end: new DateOnly(2027, 5, 31));
        var second = await TestWorkTrials.AddAsync(app, first.JobSeekerId, new DateOnly(2027, 7, 1), new DateOnly(2027, 7, 1), first.OrganiserId);
        using var counsellor = await app.NewClient().SignInAsync("ohjaaja1");
        var edit = EditModel.PathOf(second.JobSeekerId, second.Id);
        var form = FormReader.FieldsOf(await counsellor.PageAsync(edit));

        form["Input.EndDate"] = "2027-08-03";
        var page = await counsellor.PostFormExpectingPageAsync(edit, form);
        Assert.Contains(StaffClient.ErrorMessages(page), e => e.Contains("182", StringComparison.Ordinal) && e.Contains("181", StringComparison.Ordinal));
        Assert.Equal("2027-08-03", page.QuerySelector("#Input_EndDate")!.GetAttribute("value"));

        form["Input.StartDate"] = "2027-05-31";
        form["Input.EndDate"] = "2027-06-01";
        page = await counsellor.PostFormExpectingPageAsync(edit, form);
        Assert.Contains(StaffClient.ErrorMessages(page), e => e.StartsWith("Työkokeilu on päällekkäin", StringComparison.Ordinal));

        form["Input.StartDate"] = "2027-07-01";
        form["Input.EndDate"] = "2027-08-02";
        using (var saved = await counsellor.PostFormAsync(edit, form))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        await using var db = app.NewDbContext();
        Assert.Equal(new DateOnly(2027, 8, 2), (await db.WorkTrials.AsNoTracking().SingleAsync(w => w.Id == second.Id)).EndDate);
        Assert.Equal(1, await TestClients.AuditCountAsync(app, second.JobSeekerId, AuditAction.Update, "work-trial-draft-updated", NewModel.RecordType));
    }

    [Fact]
    public async Task Bounds_are_refused_in_finnish_by_the_validator_shared_with_new()
    {
        var trial = await TestWorkTrials.AddAsync(app);
        using var counsellor = await app.NewClient().SignInAsync("ohjaaja1");
        var edit = EditModel.PathOf(trial.JobSeekerId, trial.Id);
        var form = FormReader.FieldsOf(await counsellor.PageAsync(edit));
        form["Input.DaysPerWeek"] = "6";
        form["Input.Tasks"] = " ";

        var page = await counsellor.PostFormExpectingPageAsync(edit, form);

        Assert.Contains("Päiviä viikossa on 1–5.", StaffClient.ErrorMessages(page));
        Assert.Equal(2, StaffClient.ErrorMessages(page).Count);
        Assert.Equal("Input_DaysPerWeek-error", page.QuerySelector("#Input_DaysPerWeek")!.GetAttribute("aria-describedby"));
        Assert.Equal("6", page.QuerySelector("#Input_DaysPerWeek")!.GetAttribute("value"));
    }

    [Fact]
    public async Task A_stale_form_is_refused_with_the_input_kept_and_the_refusal_audited()
    {
        var trial = await TestWorkTrials.AddAsync(app);
        using var counsellor = await app.NewClient().SignInAsync("ohjaaja1");
        var edit = EditModel.PathOf(trial.JobSeekerId, trial.Id);
        var stale = FormReader.FieldsOf(await counsellor.PageAsync(edit));
        var first = new Dictionary<string, string>(stale) { ["Input.Tasks"] = "Ensimmäinen muutos" };
        using (var saved = await counsellor.PostFormAsync(edit, first))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        var second = new Dictionary<string, string>(stale) { ["Input.Tasks"] = "Toinen muutos" };
        var page = await counsellor.PostFormExpectingPageAsync(edit, second);

        Assert.Equal(["Joku muu muutti tietoja sillä välin. Tarkista tämänhetkiset tiedot ja tee muutoksesi uudelleen."], StaffClient.ErrorMessages(page));
        Assert.Equal("Toinen muutos", page.QuerySelector("#Input_Tasks")!.TextContent);
        Assert.NotEqual(stale["RowVersion"], page.QuerySelector("input[name=RowVersion]")!.GetAttribute("value"));
        await using var db = app.NewDbContext();
        Assert.Equal("Ensimmäinen muutos", (await db.WorkTrials.AsNoTracking().SingleAsync(w => w.Id == trial.Id)).Tasks);
        Assert.Equal(1, await db.AuditEvents.CountAsync(e => e.ClientId == trial.JobSeekerId && e.Outcome == AuditOutcome.Failure && e.Reason == "concurrency-conflict: work-trial-draft-updated"));
    }

    [Fact]
    public async Task A_trial_past_its_draft_is_not_edited_and_offers_no_edit_link()
    {
        var trial = await TestWorkTrials.AddOngoingAsync(app, TestClients.Today);
        using var counsellor = await app.NewClient().SignInAsync("ohjaaja1");
        var details = DetailsModel.PathOf(trial.JobSeekerId, trial.Id);

        using var answer = await counsellor.GetAsync(EditModel.PathOf(trial.JobSeekerId, trial.Id));

        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        Assert.Equal(details, answer.Headers.Location!.OriginalString);
        Assert.Null((await counsellor.PageAsync(details)).QuerySelector("a[href$='/Edit']"));
    }

    [Fact]
    public async Task Another_offices_counsellor_gets_404_with_the_denial_audited_and_an_admin_is_refused()
    {
        var trial = await TestWorkTrials.AddAsync(app);
        var edit = EditModel.PathOf(trial.JobSeekerId, trial.Id);
        using var otherOffice = await app.NewClient().SignInAsync("ohjaaja3");
        using var admin = await app.NewClient().SignInAsync("paakayttaja");

        using (var hidden = await otherOffice.GetAsync(edit))
        {
            Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        }

        using (var refused = await admin.GetAsync(edit))
        {
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        }

        Assert.Equal(1, await TestClients.AuditCountAsync(app, trial.JobSeekerId, AuditAction.AccessDenied, "not-visible-to-user"));
        await using var db = app.NewDbContext();
        Assert.Equal(1, await db.AuditEvents.CountAsync(e => e.Action == AuditAction.AccessDenied && e.RecordType == "Page" && e.RecordId == edit));
    }

    private async Task<DateOnly?> SignedByJobSeekerAsync(long trialId)
    {
        await using var db = app.NewDbContext();
        return (await db.WorkTrials.AsNoTracking().SingleAsync(w => w.Id == trialId)).JobSeekerSignedOn;
    }
}
