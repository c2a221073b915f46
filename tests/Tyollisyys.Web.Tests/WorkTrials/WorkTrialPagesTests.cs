using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Tyollisyys.Domain.WorkTrials;
using Tyollisyys.Web.Data;
using Tyollisyys.Web.Infrastructure.Audit;
using Tyollisyys.Web.Pages.JobSeekers.WorkTrials;
using Tyollisyys.Web.Tests.Support;
using Xunit;

namespace Tyollisyys.Web.Tests.WorkTrials;

/// <summary>Drafting a work-trial agreement, signing it, starting it and logging follow-up contacts through the pages.</summary>
public sealed class WorkTrialPagesTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static Dictionary<string, string> Fields(int organiserId, DateOnly start, DateOnly end) => new()
    {
        ["Input.OrganiserId"] = organiserId.ToString(CultureInfo.InvariantCulture),
        ["Input.Goal"] = nameof(WorkTrialGoal.CareerChoice),
        ["Input.SupervisorName"] = "Sari Ohjaaja",
        ["Input.SupervisorEmail"] = "sari@example.fi",
        ["Input.Tasks"] = "Varastotyöt ja keräily",
        ["Input.StartDate"] = Day(start),
        ["Input.EndDate"] = Day(end),
        ["Input.DaysPerWeek"] = "4",
        ["Input.HoursPerDay"] = "6,5",
    };

    [Fact]
    public async Task A_counsellor_drafts_signs_and_starts_a_trial_and_logs_a_contact()
    {
        var clientId = await TestDecisions.AddEligibleClientAsync(app);
        var organiser = await TestDecisions.AddEmployerAsync(app);
        using var counsellor = await app.NewClient().SignInAsync("ohjaaja1");
        var today = TestClients.Today;

        using var created = await counsellor.PostFormAsync($"/JobSeekers/{clientId}/WorkTrials/New", Fields(organiser.Id, today, today.AddMonths(2)));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var path = created.Headers.Location!.OriginalString;

        foreach (var party in Enum.GetValues<WorkTrialParty>())
        {
            var page = await counsellor.PageAsync(path);
            var fields = new Dictionary<string, string>
            {
                ["RowVersion"] = page.QuerySelector("input[name=RowVersion]")!.GetAttribute("value")!,
                ["Party"] = party.ToString(),
                ["SignedOn"] = Day(today),
            };
            using var signed = await counsellor.PostFormAsync(path + "?handler=Sign", fields, path);
            Assert.Equal(HttpStatusCode.Redirect, signed.StatusCode);
        }

        var signedPage = await counsellor.PageAsync(path);
        using (var started = await counsellor.PostFormAsync(path + "?handler=Start", new() { ["RowVersion"] = signedPage.QuerySelector("input[name=RowVersion]")!.GetAttribute("value")! }, path))
        {
            Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        }

        var ongoing = await counsellor.PageAsync(path);
        using (var logged = await counsellor.PostFormAsync(path + "?handler=Contact", new()
        {
            ["RowVersion"] = ongoing.QuerySelector("input[name=RowVersion]")!.GetAttribute("value")!,
            ["Contact.Date"] = Day(today),
            ["Contact.Kind"] = nameof(WorkTrialContactKind.StartMeeting),
            ["Contact.Channel"] = nameof(ContactChannel.Visit),
            ["Contact.WithWhom"] = "Sari Ohjaaja",
        }, path))
        {
            Assert.Equal(HttpStatusCode.Redirect, logged.StatusCode);
        }

        await using var db = app.NewDbContext();
        var trial = await db.WorkTrials.Include(w => w.Contacts).AsNoTracking().SingleAsync(w => w.JobSeekerId == clientId);
        Assert.Equal(WorkTrialStatus.Ongoing, trial.Status);
        Assert.Equal(6.5m, trial.HoursPerDay);
        Assert.Single(trial.Contacts);
        Assert.Equal(1, await TestClients.AuditCountAsync(app, clientId, AuditAction.Create, "work-trial-drafted", NewModel.RecordType));
        Assert.Equal(3, await TestClients.AuditCountAsync(app, clientId, AuditAction.Update, "work-trial-signed", NewModel.RecordType));
        var card = await counsellor.PageAsync(TestClients.CardUrl(clientId));
        Assert.Contains(organiser.Name, card.QuerySelector("#work-trials-heading")!.ParentElement!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_ongoing_trial_is_completed_with_its_outcome_or_interrupted_and_the_organisers_page_lists_it()
    {
        var completed = await OngoingAsync();
        var interrupted = await OngoingAsync();
        using var counsellor = await app.NewClient().SignInAsync("ohjaaja1");

        var path = DetailsModel.PathOf(completed.JobSeekerId, completed.Id);
        var page = await counsellor.PostFormExpectingPageAsync(path + "?handler=Complete", await EndFieldsAsync(counsellor, path, nameof(WorkTrialOutcome.HiredByOrganiser), " "), path);
        Assert.Contains("Ohjaajan loppuyhteenveto on pakollinen.", StaffClient.ErrorMessages(page));
        using (var done = await counsellor.PostFormAsync(path + "?handler=Complete", await EndFieldsAsync(counsellor, path, nameof(WorkTrialOutcome.HiredByOrganiser), "Työllistyi järjestäjälle."), path))
        {
            Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        }

        var otherPath = DetailsModel.PathOf(interrupted.JobSeekerId, interrupted.Id);
        using (var stopped = await counsellor.PostFormAsync(otherPath + "?handler=Interrupt", await EndFieldsAsync(counsellor, otherPath, null, "Työpaikka vaihtuu"), otherPath))
        {
            Assert.Equal(HttpStatusCode.Redirect, stopped.StatusCode);
        }

        await using var db = app.NewDbContext();
        var first = await db.WorkTrials.AsNoTracking().SingleAsync(w => w.Id == completed.Id);
        Assert.Equal(WorkTrialStatus.Completed, first.Status);
        Assert.True(first.Outcome!.Value.IsPositivePlacement());
        Assert.Equal(WorkTrialStatus.Interrupted, (await db.WorkTrials.AsNoTracking().SingleAsync(w => w.Id == interrupted.Id)).Status);
        var employerPage = await counsellor.PageAsync($"/Employers/{first.OrganiserId}");
        Assert.NotNull(employerPage.QuerySelector($"a[href='{path}']"));
        using var otherOffice = await app.NewClient().SignInAsync("ohjaaja3");
        Assert.Null((await otherOffice.PageAsync($"/Employers/{first.OrganiserId}")).QuerySelector($"a[href='{path}']"));

        // A change of workplace: the interrupted trial continues with another organiser, once.
        var next = await TestDecisions.AddEmployerAsync(app, Domain.Employers.EmployerType.Foundation);
        var continueUrl = $"/JobSeekers/{interrupted.JobSeekerId}/WorkTrials/New?continues={interrupted.Id}";
        var form = FormReader.FieldsOf(await counsellor.PageAsync(continueUrl));
        Assert.Equal(nameof(WorkTrialGoal.CareerChoice), form["Input.Goal"]);
        form["Input.OrganiserId"] = next.Id.ToString(CultureInfo.InvariantCulture);
        form["Input.SupervisorName"] = "Pekka Ohjaaja";
        using (var continued = await counsellor.PostFormAsync(continueUrl, form))
        {
            Assert.Equal(HttpStatusCode.Redirect, continued.StatusCode);
        }

        var again = await counsellor.PostFormExpectingPageAsync(continueUrl, form);
        Assert.Contains("Tälle keskeytetylle työkokeilulle on jo jatkokokeilu.", StaffClient.ErrorMessages(again));
        await using var check = app.NewDbContext();
        var chain = await check.WorkTrials.AsNoTracking().SingleAsync(w => w.ContinuesTrialId == interrupted.Id);
        Assert.Equal(next.Id, chain.OrganiserId);
        var card = await counsellor.PageAsync(TestClients.CardUrl(interrupted.JobSeekerId));
        Assert.Contains(next.Name, card.QuerySelector("#work-trials-heading")!.ParentElement!.TextContent, StringComparison.Ordinal);
    }

    private Task<WorkTrialAgreement> OngoingAsync() => TestWorkTrials.AddOngoingAsync(app, TestClients.Today);

    private static async Task<Dictionary<string, string>> EndFieldsAsync(StaffClient staff, string path, string? outcome, string text)
    {
        var page = await staff.PageAsync(path);
        var fields = new Dictionary<string, string>
        {
            ["RowVersion"] = page.QuerySelector("input[name=RowVersion]")!.GetAttribute("value")!,
            ["End.Date"] = Day(TestClients.Today),
            ["End.Text"] = text,
        };
        if (outcome is not null)
        {
            fields["End.Outcome"] = outcome;
        }

        return fields;
    }

    [Fact]
    public async Task Attendance_is_recorded_by_month_and_the_months_allowance_is_shown()
    {
        var trial = await OngoingAsync();
        var path = DetailsModel.PathOf(trial.JobSeekerId, trial.Id);
        var today = TestClients.Today;
        var month = today.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        using var counsellor = await app.NewClient().SignInAsync("ohjaaja1");

        var page = await counsellor.PageAsync(path + "?month=" + month);
        Assert.NotNull(page.QuerySelector($"input[name=AttendedDates][value='{Day(today)}']"));
        var fields = new List<KeyValuePair<string, string>>
        {
            new("RowVersion", page.QuerySelector("input[name=RowVersion]")!.GetAttribute("value")!),
            new("AttendanceYear", today.Year.ToString(CultureInfo.InvariantCulture)),
            new("AttendanceMonthNumber", today.Month.ToString(CultureInfo.InvariantCulture)),
            new("AttendedDates", Day(today)),
            new("__RequestVerificationToken", page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!),
        };
        using var saved = await counsellor.Http.PostAsync(new Uri(path + "?handler=Attendance&month=" + month, UriKind.Relative), new FormUrlEncodedContent(fields));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        await using var db = app.NewDbContext();
        var stored = await db.WorkTrials.Include(w => w.Attendance).AsNoTracking().SingleAsync(w => w.Id == trial.Id);
        Assert.Equal([today], Assert.Single(stored.Attendance).Dates);
        // One day attended at 9 € (the test trial is inside the commuting area).
        Assert.Equal(9m, stored.AllowanceFor(today.Year, today.Month, await db.AllowanceRatesAsync()).Amount);
        var shown = await counsellor.PageAsync(path);
        Assert.Contains("9,00\u00A0€", shown.QuerySelector("#attendance-heading")!.ParentElement!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_organisers_feedback_is_recorded_on_the_trial()
    {
        var trial = await OngoingAsync();
        var path = DetailsModel.PathOf(trial.JobSeekerId, trial.Id);
        using var counsellor = await app.NewClient().SignInAsync("ohjaaja1");
        var page = await counsellor.PageAsync(path);

        using var saved = await counsellor.PostFormAsync(path + "?handler=Feedback", new()
        {
            ["RowVersion"] = page.QuerySelector("input[name=RowVersion]")!.GetAttribute("value")!,
            ["Feedback.GivenOn"] = Day(TestClients.Today),
            ["Feedback.Attendance"] = "5",
            ["Feedback.WorkSkills"] = "4",
            ["Feedback.SocialSkills"] = "4",
            ["Feedback.Suitability"] = "3",
            ["Feedback.Recommends"] = "true",
            ["Feedback.Text"] = "Täsmällinen ja oppii nopeasti.",
        }, path);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        await using var db = app.NewDbContext();
        var feedback = (await db.WorkTrials.AsNoTracking().SingleAsync(w => w.Id == trial.Id)).Feedback!;
        Assert.Equal((5, 4, 4, 3, true), (feedback.Attendance, feedback.WorkSkills, feedback.SocialSkills, feedback.Suitability, feedback.Recommends));
        Assert.Equal(1, await TestClients.AuditCountAsync(app, trial.JobSeekerId, AuditAction.Update, "work-trial-feedback", NewModel.RecordType));
    }

    [Theory]
    [InlineData("fi", "Työkokeilulausunto", "Työllistyi järjestäjälle")]
    [InlineData("sv", "Utlåtande om arbetsprövning", "Anställdes av anordnaren")]
    public async Task The_statement_of_an_ended_trial_prints_in_finnish_or_swedish_and_is_audited(string lang, string title, string outcome)
    {
        var trial = await TestWorkTrials.AddEndedAsync(app);
        using var counsellor = await app.NewClient().SignInAsync("ohjaaja1");

        var page = await counsellor.PageAsync(DetailsModel.PathOf(trial.JobSeekerId, trial.Id) + "/Statement?lang=" + lang);

        Assert.Equal(lang, page.DocumentElement.GetAttribute("lang"));
        Assert.Equal(title, page.QuerySelector("h1")!.TextContent);
        Assert.Contains(outcome, page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Työllistyi järjestäjälle varastotyöntekijäksi.", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(1, await TestClients.AuditCountAsync(app, trial.JobSeekerId, AuditAction.Print, "work-trial-statement-" + lang, NewModel.RecordType));
        var ongoing = await OngoingAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await counsellor.GetAsync(DetailsModel.PathOf(ongoing.JobSeekerId, ongoing.Id) + "/Statement")).StatusCode);
    }

    [Fact]
    public async Task A_trial_cannot_start_before_all_three_have_signed()
    {
        var trial = await TestWorkTrials.AddAsync(app, start: TestClients.Today);
        var path = DetailsModel.PathOf(trial.JobSeekerId, trial.Id);
        using var counsellor = await app.NewClient().SignInAsync("ohjaaja1");
        var page = await counsellor.PageAsync(path);
        Assert.Null(page.QuerySelector("form[action*='handler=Start']"));

        var answer = await counsellor.PostFormExpectingPageAsync(path + "?handler=Start", new() { ["RowVersion"] = page.QuerySelector("input[name=RowVersion]")!.GetAttribute("value")! }, path);

        Assert.Contains(StaffClient.ErrorMessages(answer), e => e.StartsWith("Työkokeilu voi alkaa vasta, kun kaikki kolme", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Bounds_and_limits_are_refused_with_the_numbers_and_the_input_kept()
    {
        var clientId = await TestDecisions.AddEligibleClientAsync(app);
        var organiser = await TestDecisions.AddEmployerAsync(app);
        using var counsellor = await app.NewClient().SignInAsync("ohjaaja1");
        var start = new DateOnly(2027, 1, 4);
        var fields = Fields(organiser.Id, start, start.AddMonths(1));
        fields["Input.DaysPerWeek"] = "6";
        fields["Input.HoursPerDay"] = "9";

        var page = await counsellor.PostFormExpectingPageAsync($"/JobSeekers/{clientId}/WorkTrials/New", fields);
        Assert.Contains("Päiviä viikossa on 1–5.", StaffClient.ErrorMessages(page));
        Assert.Contains(StaffClient.ErrorMessages(page), e => e.StartsWith("Tunteja päivässä on 4–8", StringComparison.Ordinal));

        // 4.1.–3.7.2027 is 181 days = 6 months from 4.1.; one day more with the same organiser is refused.
        using (var first = await counsellor.PostFormAsync($"/JobSeekers/{clientId}/WorkTrials/New", Fields(organiser.Id, start, new DateOnly(2027, 7, 3))))
        {
            Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        }

        page = await counsellor.PostFormExpectingPageAsync($"/JobSeekers/{clientId}/WorkTrials/New", Fields(organiser.Id, new DateOnly(2027, 7, 4), new DateOnly(2027, 7, 4)));
        Assert.Contains(StaffClient.ErrorMessages(page), e => e.Contains("182", StringComparison.Ordinal) && e.Contains("181", StringComparison.Ordinal));

        page = await counsellor.PostFormExpectingPageAsync($"/JobSeekers/{clientId}/WorkTrials/New", Fields(organiser.Id, new DateOnly(2027, 2, 1), new DateOnly(2027, 2, 5)));
        Assert.Contains(StaffClient.ErrorMessages(page), e => e.StartsWith("Työkokeilu on päällekkäin", StringComparison.Ordinal));
        await using var db = app.NewDbContext();
        Assert.Equal(1, await db.WorkTrials.CountAsync(w => w.JobSeekerId == clientId));
    }

    [Fact]
    public async Task Another_offices_counsellor_does_not_find_the_trial_and_an_admin_is_refused()
    {
        var trial = await TestWorkTrials.AddAsync(app);
        var path = DetailsModel.PathOf(trial.JobSeekerId, trial.Id);
        using var otherOffice = await app.NewClient().SignInAsync("ohjaaja3");
        using var admin = await app.NewClient().SignInAsync("paakayttaja");

        Assert.Equal(HttpStatusCode.NotFound, (await otherOffice.GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherOffice.GetAsync($"/JobSeekers/{trial.JobSeekerId}/WorkTrials/New")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await admin.GetAsync(path)).StatusCode);
        Assert.True(await TestClients.AuditCountAsync(app, trial.JobSeekerId, AuditAction.AccessDenied) >= 2);
    }
}
