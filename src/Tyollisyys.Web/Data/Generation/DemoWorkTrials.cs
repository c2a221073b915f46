using Tyollisyys.Domain.Employers;
using Tyollisyys.Domain.WorkTrials;

namespace Tyollisyys.Web.Data.Generation;

/// <summary>The state a demo work trial is brought to, with the events that lead there.</summary>
internal enum DemoTrialStage
{
    Draft,
    Signed,
    Ongoing,

    /// <summary>Ongoing, but the first two weeks lack contacts: follow-up items on the counsellor's worklist.</summary>
    OngoingWithMissedContacts,
    Completed,
    Interrupted,

    /// <summary>Interrupted a month ago and continued at another workplace the next day; the continuation is ongoing.</summary>
    InterruptedAndContinued,
}

/// <summary>One demo trial: its stage, its start relative to today, its length and terms.</summary>
internal sealed record DemoTrialPlan(
    DemoTrialStage Stage,
    int StartsInDays,
    int Months,
    int DaysPerWeek,
    WorkTrialGoal Goal,
    string Tasks,
    WorkTrialOutcome? Outcome = null,
    bool OutsideCommutingArea = false);

/// <summary>
/// Work trials in every state for the demo clients (issue 6 item 9), made only through the domain: drafted, signed by
/// the three parties before the start, started on the start date, followed up by the stored rule (its contacts a week
/// for its first weeks, a start meeting, a mid-point visit, an end review), attendance recorded for the running ones,
/// completed with the organiser's feedback, a closing summary and an outcome (positive placements and not), or
/// interrupted, once continued at another workplace. One running trial of ohjaaja1's lacks its first weeks' contacts,
/// so the worklist has follow-up work to show. Dates are relative to <c>today</c>; every trial is checked against the
/// limits (<see cref="WorkTrialLimits"/>) as the pages check it.
/// </summary>
internal sealed class DemoWorkTrials
{
    private const int InterruptedDaysAgo = 30;

    private readonly DateOnly _today;
    private readonly FollowUpRule _rule;
    private readonly List<Employer> _organisers;
    private readonly List<WorkTrialAgreement> _trials = [];
    private readonly List<(WorkTrialAgreement Trial, Employer Next)> _toContinue = [];
    private int _organiserTurn;

    public DemoWorkTrials(DateOnly today, FollowUpRule rule, IReadOnlyList<Employer> employers)
    {
        _today = today;
        _rule = rule;
        _organisers = [.. employers.Where(e => e.IsActive && e.MayOrganiseWorkTrial).OrderBy(e => e.Id)];
    }

    /// <summary>The demo trials by counsellor: Kajaani's (ohjaaja1, ohjaaja2) and Sotkamo's (ohjaaja3), with the towns their organisers are found in.</summary>
    public static IReadOnlyList<(string Counsellor, string[] Towns, DemoTrialPlan[] Plans)> Plans { get; } =
    [
        ("ohjaaja1", ["Kajaani"],
        [
            new(DemoTrialStage.OngoingWithMissedContacts, -16, 3, 4, WorkTrialGoal.CareerChoice, "Varaston keräily- ja hyllytystyöt"),
            new(DemoTrialStage.InterruptedAndContinued, -60, 4, 5, WorkTrialGoal.ReturnToWork, "Keittiöapulaisen tehtävät: esivalmistelu ja astiahuolto"),
            new(DemoTrialStage.Completed, -150, 3, 5, WorkTrialGoal.CareerChoice, "Kiinteistönhoidon avustavat tehtävät", WorkTrialOutcome.HiredByOrganiser),
            new(DemoTrialStage.Completed, -120, 2, 3, WorkTrialGoal.ReturnToWork, "Toimistoavustajan tehtävät: arkistointi ja postitus", WorkTrialOutcome.None),
            new(DemoTrialStage.Draft, 14, 3, 4, WorkTrialGoal.CareerChoice, "Asiakaspalvelu ja kassatyö"),
        ]),
        ("ohjaaja2", ["Kajaani"],
        [
            new(DemoTrialStage.Signed, 7, 2, 4, WorkTrialGoal.CareerChoice, "Lasten ja nuorten vapaa-ajan toiminnan ohjaus"),
            new(DemoTrialStage.Ongoing, -40, 3, 4, WorkTrialGoal.ReturnToWork, "Ikäihmisten ulkoilu- ja viriketoiminta"),
            new(DemoTrialStage.Completed, -200, 3, 4, WorkTrialGoal.CareerChoice, "Rakennustyömaan apulaisen tehtävät", WorkTrialOutcome.VocationalStudies),
            new(DemoTrialStage.Completed, -100, 2, 3, WorkTrialGoal.ReturnToWork, "Kahvilan asiakaspalvelu", WorkTrialOutcome.OtherService),
        ]),
        ("ohjaaja3", ["Sotkamo", "Vuokatti"],
        [
            new(DemoTrialStage.Ongoing, -25, 3, 5, WorkTrialGoal.CareerChoice, "Matkailukeskuksen huolto- ja siivoustehtävät", OutsideCommutingArea: true),
            new(DemoTrialStage.Completed, -170, 3, 5, WorkTrialGoal.CareerChoice, "Urheilupaikkojen kunnossapito", WorkTrialOutcome.OtherOpenMarketJob),
            new(DemoTrialStage.Completed, -90, 2, 4, WorkTrialGoal.ReturnToWork, "Tapahtumien järjestelyt ja välinehuolto", WorkTrialOutcome.None),
            new(DemoTrialStage.Interrupted, -50, 3, 4, WorkTrialGoal.ReturnToWork, "Majoitustilojen siivous"),
            new(DemoTrialStage.Draft, 21, 2, 3, WorkTrialGoal.Other, "Välinevuokraamon asiakaspalvelu"),
        ]),
    ];

    /// <summary>The trials made so far (continuations come from <see cref="Continuations"/>, after these are saved).</summary>
    public IReadOnlyList<WorkTrialAgreement> Trials => _trials;

    /// <summary>Adds one trial per plan, each for the next of <paramref name="clients"/>, with organisers from <paramref name="towns"/>.</summary>
    public void AddFor(IReadOnlyList<long> clients, IReadOnlyList<string> towns, IEnumerable<DemoTrialPlan> plans)
    {
        var local = _organisers.Where(e => e.PostOffice is { } town && towns.Contains(town, StringComparer.Ordinal)).ToList();
        var organisers = local.Count >= 2 ? local : _organisers;
        var index = 0;
        foreach (var plan in plans)
        {
            if (index >= clients.Count || organisers.Count == 0)
            {
                return;
            }

            var organiser = organisers[_organiserTurn++ % organisers.Count];
            var trial = Build(clients[index++], organiser, plan);
            WorkTrialLimits.Check(trial, _trials.Where(t => t.JobSeekerId == trial.JobSeekerId));
            _trials.Add(trial);
            if (plan.Stage == DemoTrialStage.InterruptedAndContinued)
            {
                _toContinue.Add((trial, organisers[_organiserTurn++ % organisers.Count]));
            }
        }
    }

    /// <summary>The continuations of the trials interrupted for a change of workplace: call once those are saved (a continuation links to their Id).</summary>
    public IReadOnlyList<WorkTrialAgreement> Continuations()
    {
        var continuations = new List<WorkTrialAgreement>();
        foreach (var (interrupted, next) in _toContinue)
        {
            var start = interrupted.EffectiveEnd.AddDays(1);
            var trial = interrupted.ContinueAfterInterruption(next.Id, next.Type, Details(next, start, 3, interrupted.DaysPerWeek, "Keittiöapulaisen tehtävät uudella työpaikalla", false));
            WorkTrialLimits.Check(trial, _trials.Where(t => t.JobSeekerId == trial.JobSeekerId));
            SignAndStart(trial, start.AddDays(-2));
            FollowUpAsAgreed(trial, _today.AddDays(-1));
            RecordAttendance(trial);
            continuations.Add(trial);
        }

        return continuations;
    }

    private WorkTrialAgreement Build(long clientId, Employer organiser, DemoTrialPlan plan)
    {
        var start = _today.AddDays(plan.StartsInDays);
        var trial = WorkTrialAgreement.Draft(clientId, organiser.Id, organiser.Type, plan.Goal, Details(organiser, start, plan.Months, plan.DaysPerWeek, plan.Tasks, plan.OutsideCommutingArea));
        switch (plan.Stage)
        {
            case DemoTrialStage.Draft:
                break;
            case DemoTrialStage.Signed:
                Sign(trial, _today.AddDays(-3));
                trial.LogContact(_today.AddDays(-1), ContactChannel.Phone, trial.SupervisorName, "Sovittu aloituspäivän käytännöt ja työvaatteet.");
                break;
            case DemoTrialStage.Ongoing:
                SignAndStart(trial, start.AddDays(-7));
                FollowUpAsAgreed(trial, _today.AddDays(-1));
                RecordAttendance(trial);
                break;
            case DemoTrialStage.OngoingWithMissedContacts:
                SignAndStart(trial, start.AddDays(-7));
                trial.LogContact(start.AddDays(1), ContactChannel.Visit, trial.SupervisorName, "Aloituspalaveri työpaikalla: tehtävät ja perehdytys käyty läpi.", WorkTrialContactKind.StartMeeting);
                RecordAttendance(trial);
                break;
            case DemoTrialStage.Completed:
                SignAndStart(trial, start.AddDays(-7));
                FollowUpAsAgreed(trial, trial.EndDate);
                End(trial, plan.Outcome ?? WorkTrialOutcome.None);
                break;
            default:
                SignAndStart(trial, start.AddDays(-7));
                var lastDay = plan.Stage == DemoTrialStage.InterruptedAndContinued ? _today.AddDays(-InterruptedDaysAgo) : start.AddDays(15);
                FollowUpAsAgreed(trial, lastDay);
                trial.Interrupt(lastDay, plan.Stage == DemoTrialStage.InterruptedAndContinued
                    ? "Työpaikan toiminta supistui; kokeilu jatkuu toisella työpaikalla."
                    : "Terveydellisistä syistä; jatko selvitetään palveluohjauksessa.");
                trial.LogContact(lastDay.AddDays(2), ContactChannel.Meeting, "Työnhakija ja työpaikkaohjaaja", "Keskeytyksen loppuarviointi.", WorkTrialContactKind.EndReview);
                break;
        }

        return trial;
    }

    private static WorkTrialDetails Details(Employer organiser, DateOnly start, int months, int daysPerWeek, string tasks, bool outside)
    {
        var contact = organiser.Contacts.Count > 0 ? organiser.Contacts[0] : null;
        var supervisor = new WorkplaceSupervisor(contact?.Name ?? "Työpaikkaohjaaja", contact?.Phone, contact?.Email);
        return new WorkTrialDetails(supervisor, tasks, start, start.AddMonths(months).AddDays(-1), daysPerWeek, 6m, "Puhelu tai käynti kahdesti viikossa ensimmäisten viikkojen aikana, sitten viikoittain.", outside);
    }

    private static void Sign(WorkTrialAgreement trial, DateOnly firstDay)
    {
        trial.Sign(WorkTrialParty.JobSeeker, firstDay);
        trial.Sign(WorkTrialParty.Counsellor, firstDay.AddDays(1));
        trial.Sign(WorkTrialParty.Organiser, firstDay.AddDays(2));
    }

    private static void SignAndStart(WorkTrialAgreement trial, DateOnly signingStarts)
    {
        Sign(trial, signingStarts);
        trial.Start(trial.StartDate);
    }

    /// <summary>The contacts the rule asks for in its weeks, the start meeting and the mid-point visit, up to <paramref name="lastDay"/>.</summary>
    private void FollowUpAsAgreed(WorkTrialAgreement trial, DateOnly lastDay)
    {
        var perWeek = Math.Max(1, _rule.MinContactsPerWeek);
        for (var week = 0; week < Math.Max(1, _rule.ForFirstWeeks); week++)
        {
            for (var k = 0; k < perWeek; k++)
            {
                var day = trial.StartDate.AddDays((7 * week) + 1 + (k * 6 / perWeek));
                if (day > lastDay)
                {
                    return;
                }

                var first = week == 0 && k == 0;
                trial.LogContact(
                    day,
                    first ? ContactChannel.Visit : k % 2 == 0 ? ContactChannel.Phone : ContactChannel.Email,
                    k % 2 == 0 ? trial.SupervisorName : "Työnhakija",
                    first ? "Aloituspalaveri työpaikalla." : "Kuulumiset: tehtävät sujuvat, ei muutoksia sopimukseen.",
                    first ? WorkTrialContactKind.StartMeeting : WorkTrialContactKind.Regular);
            }
        }

        var midpoint = trial.StartDate.AddDays((trial.EndDate.DayNumber - trial.StartDate.DayNumber) / 2);
        if (midpoint <= lastDay)
        {
            trial.LogContact(midpoint, ContactChannel.Visit, trial.SupervisorName, "Väliarviointi työpaikalla: tavoitteet ja jatko.", WorkTrialContactKind.MidpointVisit);
        }
    }

    /// <summary>Completes the trial on its end date with the organiser's feedback (better for a positive outcome) and an end review.</summary>
    private static void End(WorkTrialAgreement trial, WorkTrialOutcome outcome)
    {
        var positive = outcome.IsPositivePlacement();
        var end = trial.EndDate;
        trial.RecordFeedback(new EmployerFeedback(
            end.AddDays(-2),
            positive ? 5 : 3,
            positive ? 4 : 3,
            positive ? 5 : 2,
            positive ? 4 : 2,
            positive,
            positive ? "Luotettava ja oma-aloitteinen, sopii alalle hyvin." : "Poissaoloja oli useita; tehtävät sujuivat ohjattuna."));
        trial.Complete(outcome, end, outcome switch
        {
            WorkTrialOutcome.HiredByOrganiser or WorkTrialOutcome.OtherOpenMarketJob =>
                "Työkokeilu vahvisti alan sopivuuden. Asiakas oppi työtehtävät nopeasti, sitoutui työaikoihin ja työllistyi.",
            WorkTrialOutcome.VocationalStudies => "Työkokeilussa selvitettiin alan sopivuutta. Asiakas hakeutui alan ammatilliseen koulutukseen.",
            _ => "Työkokeilu sujui osittain. Työkyky riittää kevyempiin tehtäviin; jatkosuunnitelma tehdään yhdessä asiakkaan kanssa.",
        });
        trial.LogContact(end.AddDays(3), ContactChannel.Meeting, "Työnhakija ja työpaikkaohjaaja", "Loppuarviointi ja jatkosuunnitelma.", WorkTrialContactKind.EndReview);
    }

    /// <summary>The running trial's attended days up to yesterday: its first <c>DaysPerWeek</c> weekdays of every week, month by month.</summary>
    private void RecordAttendance(WorkTrialAgreement trial)
    {
        var days = new List<DateOnly>();
        for (var day = trial.StartDate; day < _today && day <= trial.EndDate; day = day.AddDays(1))
        {
            if (((int)day.DayOfWeek + 6) % 7 < trial.DaysPerWeek)
            {
                days.Add(day);
            }
        }

        foreach (var month in days.GroupBy(d => (d.Year, d.Month)))
        {
            trial.RecordAttendance(month.Key.Year, month.Key.Month, month);
        }
    }
}
