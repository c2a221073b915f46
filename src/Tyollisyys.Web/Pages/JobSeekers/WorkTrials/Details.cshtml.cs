using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tyollisyys.Domain.Common;
using Tyollisyys.Domain.JobSeekers;
using Tyollisyys.Domain.WorkTrials;
using Tyollisyys.Web.Data;
using Tyollisyys.Web.Infrastructure.Audit;
using Tyollisyys.Web.Infrastructure.Localization;

namespace Tyollisyys.Web.Pages.JobSeekers.WorkTrials;

/// <summary>One work trial: the agreement, its signatures (recorded here), the start, the follow-up contacts and the follow-up due items.</summary>
public sealed class DetailsModel(AppDbContext db, AuditLog audit, TimeProvider clock, IStringLocalizer<SharedResource> t) : PageModel
{
    // The settings are read once per request, however often a failed change reloads the trial.
    private FollowUpRule? _followUpRule;
    private IReadOnlyList<AllowanceRate>? _allowanceRates;

    [BindProperty]
    public uint RowVersion { get; set; }

    [BindProperty]
    public WorkTrialParty Party { get; set; }

    [BindProperty]
    public DateOnly? SignedOn { get; set; }

    [BindProperty]
    public ContactInput Contact { get; set; } = new();

    [BindProperty]
    public EndInput End { get; set; } = new();

    /// <summary>The month whose attendance the form shows, "yyyy-MM" (query "month").</summary>
    [BindProperty(SupportsGet = true, Name = "month")]
    public string? ChosenMonth { get; set; }

    [BindProperty]
    public int AttendanceYear { get; set; }

    [BindProperty]
    public int AttendanceMonthNumber { get; set; }

    [BindProperty]
    public List<DateOnly> AttendedDates { get; set; } = [];

    [BindProperty]
    public FeedbackInput Feedback { get; set; } = new();

    public JobSeeker Client { get; private set; } = null!;

    public WorkTrialAgreement Trial { get; private set; } = null!;

    public string OrganiserName { get; private set; } = string.Empty;

    public FollowUpItems FollowUp { get; private set; } = null!;

    /// <summary>The stored allowance rates (the months' amounts are computed with them).</summary>
    public IReadOnlyList<AllowanceRate> AllowanceRates { get; private set; } = [];

    public DateOnly Today { get; private set; }

    /// <summary>
    /// The daily allowance the trial pays now, or on its first or last day when today lies outside it (the table
    /// of months shows what each month was paid at, should a new rate take effect during the trial).
    /// </summary>
    public decimal DailyAllowance()
    {
        var last = Trial.EffectiveEnd < Trial.StartDate ? Trial.StartDate : Trial.EffectiveEnd;
        var day = Today < Trial.StartDate ? Trial.StartDate : Today > last ? last : Today;
        return ExpenseAllowance.RateOn(day, AllowanceRates).For(Trial.OutsideCommutingArea);
    }

    public static string PathOf(long clientId, long trialId) =>
        string.Create(CultureInfo.InvariantCulture, $"/JobSeekers/{clientId}/WorkTrials/{trialId}");

    public async Task<IActionResult> OnGetAsync(long id, long trialId)
    {
        if (!await FindAsync(id, trialId))
        {
            return NotFound();
        }

        await audit.RecordAndSaveAsync(AuditAction.View, NewModel.RecordType, Trial.Id.ToString(CultureInfo.InvariantCulture), clientId: Client.Id, reason: "work-trial");
        Contact.Date = Today;
        End.Date = Today;
        if (Trial.Feedback is { } given)
        {
            Feedback = new FeedbackInput
            {
                GivenOn = given.GivenOn,
                Attendance = given.Attendance,
                WorkSkills = given.WorkSkills,
                SocialSkills = given.SocialSkills,
                Suitability = given.Suitability,
                Recommends = given.Recommends,
                Text = given.FreeText,
            };
        }

        Feedback.GivenOn ??= Today;
        return Page();
    }

    public Task<IActionResult> OnPostSignAsync(long id, long trialId) =>
        ChangeAsync(id, trialId, trial => trial.Sign(Party, SignedOn ?? Today), "work-trial-signed", "WorkTrials.Details.Signed");

    public Task<IActionResult> OnPostStartAsync(long id, long trialId) =>
        ChangeAsync(id, trialId, trial => trial.Start(Today), "work-trial-started", "WorkTrials.Details.Started");

    public Task<IActionResult> OnPostContactAsync(long id, long trialId) =>
        ChangeAsync(
            id,
            trialId,
            trial => trial.LogContact(Contact.Date ?? Today, Contact.Channel, Contact.WithWhom ?? string.Empty, Contact.Notes, Contact.Kind),
            "work-trial-contact",
            "WorkTrials.Details.ContactLogged");

    public Task<IActionResult> OnPostCompleteAsync(long id, long trialId) =>
        ChangeAsync(
            id,
            trialId,
            trial => trial.Complete(End.Outcome ?? WorkTrialOutcome.None, End.Date ?? Today, End.Text ?? string.Empty),
            "work-trial-completed",
            "WorkTrials.Details.Completed");

    public Task<IActionResult> OnPostAttendanceAsync(long id, long trialId) =>
        ChangeAsync(
            id,
            trialId,
            trial => trial.RecordAttendance(AttendanceYear, AttendanceMonthNumber, AttendedDates),
            "work-trial-attendance",
            "WorkTrials.Details.AttendanceSaved");

    /// <summary>The calendar months the trial touches, first to last, for the attendance form.</summary>
    public IEnumerable<(int Year, int Month)> TrialMonths()
    {
        var last = Trial.EffectiveEnd < Trial.StartDate ? Trial.StartDate : Trial.EffectiveEnd;
        for (var m = new DateOnly(Trial.StartDate.Year, Trial.StartDate.Month, 1); m <= last; m = m.AddMonths(1))
        {
            yield return (m.Year, m.Month);
        }
    }

    /// <summary>The chosen month, if it is one of the trial's.</summary>
    public (int Year, int Month)? Chosen =>
        ChosenMonth is { Length: 7 } text
        && int.TryParse(text[..4], NumberStyles.None, CultureInfo.InvariantCulture, out var year)
        && int.TryParse(text[5..], NumberStyles.None, CultureInfo.InvariantCulture, out var month)
        && TrialMonths().Contains((year, month))
            ? (year, month)
            : null;

    /// <summary>The trial's days in the chosen month, and whether each is recorded as attended.</summary>
    public IEnumerable<(DateOnly Day, bool Attended)> DaysOf((int Year, int Month) chosen)
    {
        var recorded = Trial.Attendance.FirstOrDefault(a => a.Year == chosen.Year && a.Month == chosen.Month)?.Dates ?? [];
        var first = new DateOnly(chosen.Year, chosen.Month, 1);
        for (var day = first; day.Month == chosen.Month; day = day.AddDays(1))
        {
            if (day >= Trial.StartDate && day <= Trial.EffectiveEnd)
            {
                yield return (day, recorded.Contains(day));
            }
        }
    }

    public Task<IActionResult> OnPostFeedbackAsync(long id, long trialId) =>
        ChangeAsync(
            id,
            trialId,
            trial => trial.RecordFeedback(new EmployerFeedback(
                Feedback.GivenOn ?? Today, Feedback.Attendance, Feedback.WorkSkills, Feedback.SocialSkills, Feedback.Suitability, Feedback.Recommends, Feedback.Text)),
            "work-trial-feedback",
            "WorkTrials.Details.FeedbackSaved");

    public Task<IActionResult> OnPostInterruptAsync(long id, long trialId) =>
        ChangeAsync(id, trialId, trial => trial.Interrupt(End.Date ?? Today, End.Text ?? string.Empty), "work-trial-interrupted", "WorkTrials.Details.Interrupted");

    private async Task<IActionResult> ChangeAsync(long id, long trialId, Action<WorkTrialAgreement> change, string reason, string doneKey)
    {
        ModelState.Clear();
        var posted = RowVersion;
        if (!await FindAsync(id, trialId))
        {
            return NotFound();
        }

        try
        {
            db.Entry(Trial).Property<uint>("xmin").OriginalValue = posted;
            change(Trial);
            // A contact adds a row only: touch the agreement so its row version guards the whole change.
            db.Entry(Trial).Property(t => t.Status).IsModified = true;
            audit.Record(AuditAction.Update, NewModel.RecordType, Trial.Id.ToString(CultureInfo.InvariantCulture), clientId: Client.Id, reason: reason);
            await db.SaveChangesAsync();
        }
        catch (DomainException ex)
        {
            ModelState.AddDomainError(t, ex);
            db.ChangeTracker.Clear();
            await FindAsync(id, trialId);
            return Page();
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(string.Empty, t["Error.Concurrency"]);
            db.ChangeTracker.Clear();
            await FindAsync(id, trialId);
            return Page();
        }

        TempData["Status"] = t[doneKey].Value;
        return LocalRedirect(PathOf(id, trialId));
    }

    private async Task<bool> FindAsync(long id, long trialId)
    {
        if (await db.FindVisibleAsync(audit, User, id) is not { } client)
        {
            return false;
        }

        var trial = await db.WorkTrials.Include(w => w.Contacts).Include(w => w.Attendance).AsSplitQuery()
            .FirstOrDefaultAsync(w => w.Id == trialId && w.JobSeekerId == client.Id);
        if (trial is null)
        {
            return false;
        }

        Client = client;
        Trial = trial;
        Today = clock.FinnishToday();
        OrganiserName = await db.Employers.Where(e => e.Id == trial.OrganiserId).Select(e => e.Name).SingleAsync();
        _followUpRule ??= await db.FollowUpRuleAsync();
        FollowUp = Domain.WorkTrials.FollowUp.DueItems(trial, _followUpRule, Today);
        AllowanceRates = _allowanceRates ??= await db.AllowanceRatesAsync();
        RowVersion = db.Entry(trial).Property<uint>("xmin").CurrentValue;
        return true;
    }

    /// <summary>Completing (outcome, closing summary) or interrupting (last day, reason): a date and a text.</summary>
    public sealed class EndInput
    {
        public DateOnly? Date { get; set; }

        public WorkTrialOutcome? Outcome { get; set; }

        public string? Text { get; set; }
    }

    /// <summary>The organiser's feedback form: four 1–5 scores, a recommendation and free text.</summary>
    public sealed class FeedbackInput
    {
        public DateOnly? GivenOn { get; set; }

        public int Attendance { get; set; } = 3;

        public int WorkSkills { get; set; } = 3;

        public int SocialSkills { get; set; } = 3;

        public int Suitability { get; set; } = 3;

        public bool Recommends { get; set; }

        public string? Text { get; set; }
    }

    public sealed class ContactInput
    {
        public DateOnly? Date { get; set; }

        public ContactChannel Channel { get; set; } = ContactChannel.Phone;

        public string? WithWhom { get; set; }

        public string? Notes { get; set; }

        public WorkTrialContactKind Kind { get; set; } = WorkTrialContactKind.Regular;
    }
}
