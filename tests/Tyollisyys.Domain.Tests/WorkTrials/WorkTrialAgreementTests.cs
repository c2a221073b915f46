using Tyollisyys.Domain.Employers;
using Tyollisyys.Domain.WorkTrials;
using Xunit;
using static Tyollisyys.Domain.Tests.WorkTrials.WorkTrialFixtures;

namespace Tyollisyys.Domain.Tests.WorkTrials;

public sealed class WorkTrialAgreementTests
{
    [Fact]
    public void A_draft_holds_the_agreed_details_trimmed()
    {
        var trial = NewDraft(Details(supervisor: "  Maija Mallikas ", tasks: " Hyllytys ", contactPlan: "  ", phone: " ", email: " maija@example.fi "));

        Assert.Equal(WorkTrialStatus.Draft, trial.Status);
        Assert.Equal(JobSeekerId, trial.JobSeekerId);
        Assert.Equal(OrganiserId, trial.OrganiserId);
        Assert.Equal(WorkTrialGoal.CareerChoice, trial.Goal);
        Assert.Equal(new WorkplaceSupervisor("Maija Mallikas", null, "maija@example.fi"), trial.Supervisor);
        Assert.Equal("Hyllytys", trial.Tasks);
        Assert.Null(trial.ContactPlan);
        Assert.Equal(Start, trial.StartDate);
        Assert.Equal(End, trial.EndDate);
        Assert.Equal(4, trial.DaysPerWeek);
        Assert.Equal(6m, trial.HoursPerDay);
        Assert.False(trial.OutsideCommutingArea);
        Assert.Null(trial.ContinuesTrialId);
        Assert.Equal(End, trial.EffectiveEnd);
        // 2.3.–29.5.2026: 30 + 30 + 29 = 89 days.
        Assert.Equal(new WorkTrialPeriod(OrganiserId, Start, End), trial.Period);
        Assert.Equal(89, trial.Period.Days);
    }

    [Theory]
    [InlineData(EmployerType.Company)]
    [InlineData(EmployerType.Association)]
    [InlineData(EmployerType.Foundation)]
    [InlineData(EmployerType.PublicBody)]
    [InlineData(EmployerType.Other)]
    public void An_organisation_may_organise_a_trial(EmployerType type) =>
        Assert.Equal(OrganiserId, NewDraft(type: type).OrganiserId);

    [Fact]
    public void A_private_person_can_never_organise_a_trial()
    {
        var refusal = AssertRefused("WorkTrials.Agreement.OrganiserNotAllowed", () => NewDraft(type: EmployerType.PrivatePerson));

        Assert.Equal([EmployerType.PrivatePerson], refusal.Arguments);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void The_supervisors_name_is_required(string name) =>
        AssertRefused("WorkTrials.Agreement.SupervisorRequired", () => NewDraft(Details(supervisor: name)));

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void The_tasks_are_required(string tasks) =>
        AssertRefused("WorkTrials.Agreement.TasksRequired", () => NewDraft(Details(tasks: tasks)));

    [Fact]
    public void The_texts_must_fit()
    {
        Assert.Equal(4000, NewDraft(Details(tasks: new string('t', 4000))).Tasks.Length);
        AssertRefused("Validation.TooLong", () => NewDraft(Details(tasks: new string('t', 4001))));
        AssertRefused("Validation.TooLong", () => NewDraft(Details(supervisor: new string('s', 201))));
        AssertRefused("Validation.TooLong", () => NewDraft(Details(phone: new string('1', 51))));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    public void One_to_five_days_a_week_are_accepted(int days) =>
        Assert.Equal(days, NewDraft(Details(daysPerWeek: days)).DaysPerWeek);

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    public void Zero_or_six_days_a_week_are_refused(int days)
    {
        var refusal = AssertRefused("WorkTrials.Agreement.InvalidDaysPerWeek", () => NewDraft(Details(daysPerWeek: days)));

        Assert.Equal([1, 5, days], refusal.Arguments);
    }

    [Theory]
    [InlineData("4")]
    [InlineData("6.5")]
    [InlineData("8")]
    public void Four_to_eight_hours_a_day_are_accepted(string hours)
    {
        var value = decimal.Parse(hours, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(value, NewDraft(Details(hoursPerDay: value)).HoursPerDay);
    }

    [Theory]
    [InlineData("3.99")]
    [InlineData("8.01")]
    public void Fewer_than_four_or_more_than_eight_hours_a_day_are_refused(string hours)
    {
        var value = decimal.Parse(hours, System.Globalization.CultureInfo.InvariantCulture);

        var refusal = AssertRefused("WorkTrials.Agreement.InvalidHoursPerDay", () => NewDraft(Details(hoursPerDay: value)));

        Assert.Equal([4m, 8m, value], refusal.Arguments);
    }

    [Fact]
    public void A_one_day_trial_is_accepted_and_one_ending_before_it_starts_is_refused()
    {
        Assert.Equal(1, NewDraft(Details(start: Start, end: Start)).Period.Days);

        AssertRefused("WorkTrials.Agreement.EndBeforeStart", () => NewDraft(Details(start: Start, end: Start.AddDays(-1))));
    }

    [Fact]
    public void Changing_a_draft_clears_the_signatures_given_so_far()
    {
        var trial = NewDraft();
        trial.Sign(WorkTrialParty.JobSeeker, SignedOn);
        trial.Sign(WorkTrialParty.Organiser, SignedOn);

        trial.UpdateDraft(OrganiserId, EmployerType.Company, WorkTrialGoal.CareerChoice, Details(hoursPerDay: 5m));

        Assert.Equal(5m, trial.HoursPerDay);
        Assert.Null(trial.JobSeekerSignedOn);
        Assert.Null(trial.OrganiserSignedOn);
    }

    [Fact]
    public void Saving_a_draft_unchanged_keeps_the_signatures()
    {
        var trial = NewDraft();
        trial.Sign(WorkTrialParty.JobSeeker, SignedOn);

        trial.UpdateDraft(OrganiserId, EmployerType.Company, WorkTrialGoal.CareerChoice, Details());

        Assert.Equal(SignedOn, trial.JobSeekerSignedOn);
    }

    [Fact]
    public void A_refused_update_leaves_the_draft_and_its_signatures_as_they_were()
    {
        var trial = NewDraft();
        trial.Sign(WorkTrialParty.JobSeeker, SignedOn);

        AssertRefused("WorkTrials.Agreement.InvalidDaysPerWeek", () => trial.UpdateDraft(OtherOrganiserId, EmployerType.Company, WorkTrialGoal.Other, Details(tasks: "Uusi", daysPerWeek: 6)));
        AssertRefused("WorkTrials.Agreement.OrganiserNotAllowed", () => trial.UpdateDraft(OtherOrganiserId, EmployerType.PrivatePerson, WorkTrialGoal.Other, Details(tasks: "Uusi")));

        Assert.Equal(OrganiserId, trial.OrganiserId);
        Assert.Equal(WorkTrialGoal.CareerChoice, trial.Goal);
        Assert.Equal("Varaston keräily ja hyllytys", trial.Tasks);
        Assert.Equal(SignedOn, trial.JobSeekerSignedOn);
    }

    [Fact]
    public void A_contact_is_logged_with_its_details()
    {
        var trial = Ongoing();

        var contact = trial.LogContact(new DateOnly(2026, 3, 4), ContactChannel.Visit, " Työnhakija ja ohjaaja ", " Hyvä alku. ", WorkTrialContactKind.StartMeeting);

        Assert.Equal([contact], trial.Contacts);
        Assert.NotEqual(Guid.Empty, contact.Key);
        Assert.Equal(new DateOnly(2026, 3, 4), contact.Date);
        Assert.Equal(ContactChannel.Visit, contact.Channel);
        Assert.Equal("Työnhakija ja ohjaaja", contact.WithWhom);
        Assert.Equal("Hyvä alku.", contact.Notes);
        Assert.Equal(WorkTrialContactKind.StartMeeting, contact.Kind);
    }

    [Fact]
    public void A_contact_names_with_whom()
    {
        var trial = Ongoing();

        AssertRefused("WorkTrials.Contact.WithWhomRequired", () => trial.LogContact(new DateOnly(2026, 3, 4), ContactChannel.Phone, " ", null));

        Assert.Empty(trial.Contacts);
    }

    [Fact]
    public void The_employers_feedback_is_recorded_and_may_be_replaced()
    {
        var trial = InState(WorkTrialStatus.Completed);

        trial.RecordFeedback(new EmployerFeedback(new DateOnly(2026, 6, 1), 5, 4, 3, 4, true, " Täsmällinen. "));
        trial.RecordFeedback(new EmployerFeedback(new DateOnly(2026, 6, 2), 5, 4, 4, 5, false, null));

        Assert.Equal(new EmployerFeedback(new DateOnly(2026, 6, 2), 5, 4, 4, 5, false, null), trial.Feedback);
    }

    [Fact]
    public void Feedback_text_is_trimmed_and_blank_text_is_none()
    {
        Assert.Equal("Täsmällinen.", new EmployerFeedback(End, 5, 4, 3, 4, true, " Täsmällinen. ").FreeText);
        Assert.Null(new EmployerFeedback(End, 5, 4, 3, 4, true, "  ").FreeText);
    }

    [Theory]
    [InlineData(0, 3, 3, 3, "Attendance", 0)]
    [InlineData(3, 6, 3, 3, "WorkSkills", 6)]
    [InlineData(3, 3, 0, 3, "SocialSkills", 0)]
    [InlineData(3, 3, 3, 6, "Suitability", 6)]
    public void Every_feedback_score_is_one_to_five(int attendance, int work, int social, int suitability, string field, int score)
    {
        var refusal = AssertRefused("WorkTrials.Feedback.InvalidScore", () => _ = new EmployerFeedback(End, attendance, work, social, suitability, true, null));

        Assert.Equal([field, 1, 5, score], refusal.Arguments);
    }
}
