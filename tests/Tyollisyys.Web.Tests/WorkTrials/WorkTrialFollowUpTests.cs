using Microsoft.EntityFrameworkCore;
using Tyollisyys.Domain.WorkTrials;
using Tyollisyys.Web.Pages.JobSeekers.WorkTrials;
using Tyollisyys.Web.Tests.Support;
using Xunit;

namespace Tyollisyys.Web.Tests.WorkTrials;

/// <summary>The follow-up rule (2 contacts a week for the first 4 weeks) puts items on the counsellor's worklist; logged contacts clear them.</summary>
public sealed class WorkTrialFollowUpTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Missed_contact_weeks_and_the_start_meeting_show_on_the_worklist_until_contacts_are_logged()
    {
        // Started 15 days ago: weeks 1 and 2 have ended with no contacts, and the start meeting (start + 3) is overdue.
        var start = TestClients.Today.AddDays(-15);
        var trial = await TestWorkTrials.AddOngoingAsync(app, start);

        var link = $"a[href='{DetailsModel.PathOf(trial.JobSeekerId, trial.Id)}']";
        using var counsellor = await app.NewClient().SignInAsync("ohjaaja1");
        var worklist = await counsellor.PageAsync("/Worklist");
        var rows = worklist.QuerySelectorAll("section.work-trial-followup tbody tr").Where(r => r.QuerySelector(link) is not null).ToList();
        Assert.Equal(3, rows.Count); // weeks 1 and 2, the start meeting
        Assert.Contains(rows, r => r.TextContent.Contains("Aloituspalaveri", StringComparison.Ordinal));

        await using (var db = app.NewDbContext())
        {
            var tracked = await db.WorkTrials.Include(w => w.Contacts).SingleAsync(w => w.Id == trial.Id);
            tracked.LogContact(start.AddDays(1), ContactChannel.Visit, "Sari Ohjaaja", null, WorkTrialContactKind.StartMeeting);
            tracked.LogContact(start.AddDays(4), ContactChannel.Phone, "Sari Ohjaaja", null);
            tracked.LogContact(start.AddDays(8), ContactChannel.Phone, "Sari Ohjaaja", null);
            tracked.LogContact(start.AddDays(11), ContactChannel.Phone, "Sari Ohjaaja", null);
            await db.SaveChangesAsync();
        }

        worklist = await counsellor.PageAsync("/Worklist");
        Assert.DoesNotContain(worklist.QuerySelectorAll("section.work-trial-followup tbody tr"), r => r.QuerySelector(link) is not null && !r.TextContent.Contains("Väliarviointikäynti", StringComparison.Ordinal));
    }
}
