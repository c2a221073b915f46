using Tyollisyys.Domain.Capacity;
using Tyollisyys.Domain.Journal;
using Tyollisyys.Domain.Plans;
using Tyollisyys.Domain.Process;

namespace Tyollisyys.Web.Data.Generation;

/// <summary>
/// A believable case history for one demo client's current job search: the counsellor works through the due
/// items as the calculator presents them and records each with a journal entry or a plan version, near its due
/// date. Most counsellors keep up; some stop at a point in the past, which leaves overdue items; the 3-month
/// rhythm leaves some due within two weeks. So the worklist shows every state on first start (issue 4 item 7).
/// </summary>
public sealed class CaseHistoryGenerator(int seed, DateOnly today, IReadOnlyList<ProcessRuleSet> rules, IReadOnlyList<int> capacityDomainIds)
{
    private static readonly string[] InterviewNotes =
    [
        "Alkuhaastattelu. Käytiin läpi työhistoria, koulutus ja työnhaun tavoitteet. Asiakas hakee ensisijaisesti kokoaikatyötä omalta alaltaan.",
        "Alkuhaastattelu. Asiakas on motivoitunut ja valmis myös alanvaihtoon. Sovittiin CV:n päivittämisestä.",
        "Alkuhaastattelu etänä. Työkyvyssä ei asiakkaan mukaan rajoitteita. Kartoitettiin hakukanavat.",
    ];

    private static readonly string[] ConversationNotes =
    [
        "Työnhakukeskustelu. Asiakas on hakenut sovitut paikat; yksi haastattelu tulossa.",
        "Työnhakukeskustelu. Käytiin läpi haetut työpaikat ja päivitettiin hakusuunnitelma.",
        "Työnhakukeskustelu puhelimessa. Asiakas harkitsee lyhytkoulutusta; annettiin tietoa hakuajoista.",
    ];

    private static readonly string[] Goals =
    [
        "Kokoaikainen työ varastoalalta Kajaanin seudulta.",
        "Työllistyä hoiva-alalle; lähihoitajan tutkinnon loppuun saattaminen.",
        "Osa-aikatyö kaupan alalta ja työkyvyn vahvistaminen.",
        "Uuden ammatin löytäminen: uravalmennus ja työkokeilu rakennusalalla.",
    ];

    private static readonly (string What, ActionResponsible Who)[] Actions =
    [
        ("Päivitä CV ja tallenna se Työmarkkinatorille", ActionResponsible.JobSeeker),
        ("Hae neljää työpaikkaa kuukaudessa", ActionResponsible.JobSeeker),
        ("Selvitä työkokeilupaikka", ActionResponsible.Counsellor),
        ("Osallistu työnhakuvalmennukseen", ActionResponsible.OtherOrganisation),
        ("Varaa aika työterveyshuoltoon työkyvyn arvioimiseksi", ActionResponsible.JobSeeker),
    ];

    private readonly Random _random = new(seed);

    /// <summary>What to add to the database for one client.</summary>
    public sealed record History(List<JournalEntry> Entries, List<EmploymentPlan> Plans, List<FunctionalCapacityAssessment> Assessments);

    public History For(long clientId, Guid counsellorId, DateOnly spellStart, DateOnly? birthDate, DateOnly? unemployedSince)
    {
        var result = new History([], [], []);
        var history = new ProcessHistory(spellStart) { BirthDate = birthDate, UnemployedSince = unemployedSince };
        // Most keep up; one in six stopped recording some time ago.
        var stoppedOn = _random.NextDouble() < 0.83 ? today : today.AddDays(-_random.Next(3, 60));
        EmploymentPlan? plan = null;

        for (var step = 0; step < 60; step++)
        {
            var next = DeadlineCalculator.DueItems(rules, history, today)
                .FirstOrDefault(i => i.Status == DueItemStatus.Overdue && i.Kind != DueItemKind.PlanAction);
            if (next is null || next.DueDate > stoppedOn)
            {
                break;
            }

            var on = Clamp(next.DueDate.AddDays(-_random.Next(0, 6)), spellStart);
            switch (next.Kind)
            {
                case DueItemKind.InitialInterview:
                    result.Entries.Add(Entry(clientId, counsellorId, JournalEntryType.InitialInterview, on, Pick(InterviewNotes)));
                    history = history with { InitialInterviewHeldOn = on };
                    break;
                case DueItemKind.EmploymentPlan:
                case DueItemKind.PlanReview:
                    plan = Agree(clientId, counsellorId, plan, on, result);
                    history = WithPlan(history, result.Plans, plan);
                    break;
                case DueItemKind.SupplementaryConversation:
                    result.Entries.Add(Entry(clientId, counsellorId, JournalEntryType.SupplementaryConversation, on, "Täydentävä työnhakukeskustelu: tilannekatsaus ja seuraavat askeleet."));
                    history = history with { SupplementaryConversationsHeldOn = [.. history.SupplementaryConversationsHeldOn, on] };
                    break;
                case DueItemKind.JobSearchConversation:
                    result.Entries.Add(Entry(clientId, counsellorId, JournalEntryType.JobSearchConversation, on, Pick(ConversationNotes)));
                    history = history with { JobSearchConversationsHeldOn = [.. history.JobSearchConversationsHeldOn, on] };
                    break;
                case DueItemKind.TypScreening:
                    result.Entries.Add(Entry(clientId, counsellorId, JournalEntryType.TypScreening, on, "Monialaisen palvelutarpeen arviointi tehty; asiakas ohjataan TYP-palveluihin."));
                    history = history with { TypScreeningHeldOn = on };
                    break;
                default:
                    stoppedOn = DateOnly.MinValue;
                    break;
            }
        }

        // A counsellor who keeps up has recorded lately which actions are done: a version of the plan made for it.
        if (stoppedOn == today && plan is not null && plan.Actions.Any(a => a.IsOpen && a.DueDate < today) && _random.NextDouble() < 0.9)
        {
            var on = Clamp(today.AddDays(-_random.Next(0, 8)), plan.AgreedOn);
            _ = Agree(clientId, counsellorId, plan, on, result);
        }

        AddOtherContacts(clientId, counsellorId, spellStart, result);
        AddAssessments(clientId, counsellorId, spellStart, result);
        return result;
    }

    private EmploymentPlan Agree(long clientId, Guid counsellorId, EmploymentPlan? current, DateOnly on, History result)
    {
        // A review carries the recent actions over; those long past are left in the earlier versions.
        var actions = current?.Actions.Where(a => a.DueDate is not { } due || due >= on.AddMonths(-6)).Select(a => Progress(a, on)).ToList() ?? [];
        var count = current is null ? _random.Next(1, 4) : _random.Next(0, 2);
        foreach (var (what, who) in Actions.OrderBy(_ => _random.Next()).Where(a => actions.All(x => x.What != a.What)).Take(count))
        {
            var due = on.AddDays(_random.Next(14, 75));
            actions.Add(new PlanAction(
                Guid.NewGuid(), what, who, who == ActionResponsible.OtherOrganisation ? "Kainuun ammattiopisto" : null, due, PlanActionStatus.Agreed, null, null));
        }

        var reduced = _random.NextDouble() < 0.15;
        var content = new PlanContent(
            current?.Type ?? (_random.NextDouble() < 0.1 ? PlanType.Multisectoral : PlanType.Employment),
            current is null ? Pick(Goals) : current.Goals + " Tarkistettu: tavoite ennallaan.",
            on,
            on.AddMonths(3),
            actions,
            on,
            [(reduced ? 2 : 4, reduced ? "Osa-aikatyö ja lastenhoito rajoittavat hakemista." : null), (4, null), (4, null)]);
        var plan = EmploymentPlan.Agree(clientId, current, content, counsellorId, At(on), today);
        result.Plans.Add(plan);
        return plan;
    }

    // An action whose date has passed by the day of a new plan version is mostly done by then; some stay open.
    private PlanAction Progress(PlanAction action, DateOnly by)
    {
        if (!action.IsOpen || action.DueDate is not { } due || due > by || _random.NextDouble() < 0.1)
        {
            return action;
        }

        var done = Clamp(due.AddDays(-_random.Next(0, 10)), by.AddYears(-1));
        return action with { Status = PlanActionStatus.Done, CompletedOn = done > by ? by : done };
    }

    private static ProcessHistory WithPlan(ProcessHistory history, List<EmploymentPlan> plans, EmploymentPlan current) => history with
    {
        PlanMadeOn = plans[0].AgreedOn,
        PlanVersions = [.. plans.Select(p => new PlanVersionDates(p.AgreedOn, p.NextReviewDate))],
        PlanActions = [.. current.Actions
            .Where(a => a.DueDate is not null && a.Status != PlanActionStatus.Cancelled)
            .Select(a => new PlanActionDeadline(a.What, a.DueDate!.Value, a.Status == PlanActionStatus.Done ? a.CompletedOn : null))],
    };

    private void AddOtherContacts(long clientId, Guid counsellorId, DateOnly spellStart, History result)
    {
        var span = today.DayNumber - spellStart.DayNumber;
        if (span < 2)
        {
            return;
        }

        if (_random.NextDouble() < 0.5)
        {
            result.Entries.Add(Entry(clientId, counsellorId, JournalEntryType.PhoneCall, spellStart.AddDays(_random.Next(1, span)), "Asiakas soitti ja kysyi työkokeilusta. Lähetettiin tietoa sähköpostilla."));
        }

        if (_random.NextDouble() < 0.1)
        {
            // An entry written on the wrong date and corrected, so the demo shows a version history.
            var wrong = Entry(clientId, counsellorId, JournalEntryType.OtherMeeting, spellStart.AddDays(_random.Next(1, span)), "Tapaaminen työkokeilupaikan esimiehen kanssa.");
            var right = wrong.OccurredOn.AddDays(1) <= today ? wrong.OccurredOn.AddDays(1) : wrong.OccurredOn;
            result.Entries.Add(wrong);
            result.Entries.Add(wrong.Correct(
                wrong.Type, wrong.Channel, right, wrong.Text + " Sovittiin kahden viikon kokeilusta.", false,
                "Päivämäärä korjattu ja sovittu asia lisätty.", counsellorId, At(right), today));
        }

        if (_random.NextDouble() < 0.12)
        {
            result.Entries.Add(Entry(
                clientId, counsellorId, JournalEntryType.Note, spellStart.AddDays(_random.Next(1, span)),
                "Asiakas kertoi selkävaivasta, joka rajoittaa raskasta fyysistä työtä. Lääkärinlausunto tulossa.", health: true));
        }
    }

    private void AddAssessments(long clientId, Guid counsellorId, DateOnly spellStart, History result)
    {
        var span = today.DayNumber - spellStart.DayNumber;
        if (capacityDomainIds.Count == 0 || span < 30 || _random.NextDouble() > 0.3)
        {
            return;
        }

        var ratings = capacityDomainIds.ToDictionary(id => id, _ => _random.Next(2, 5));
        var count = _random.Next(1, Math.Min(4, (span / 60) + 2));
        for (var n = 0; n < count; n++)
        {
            var on = spellStart.AddDays(span * (n + 1) / (count + 1));
            if (n > 0)
            {
                foreach (var id in capacityDomainIds)
                {
                    ratings[id] = Math.Clamp(ratings[id] + _random.Next(-1, 3) / 2, 1, 5);
                }
            }

            result.Assessments.Add(FunctionalCapacityAssessment.Record(
                clientId,
                on,
                n == 0 ? "Ensimmäinen toimintakyvyn arvio alkuhaastattelun jälkeen." : "Seuranta-arvio.",
                [.. ratings.Select(r => new CapacityRating(r.Key, r.Value, r.Value <= 2 ? "Tarvitsee tukea tällä osa-alueella." : null))],
                counsellorId,
                At(on),
                today));
        }
    }

    private JournalEntry Entry(long clientId, Guid counsellorId, JournalEntryType type, DateOnly on, string text, bool health = false)
    {
        ContactChannel? channel = type switch
        {
            JournalEntryType.PhoneCall => ContactChannel.Phone,
            JournalEntryType.Message or JournalEntryType.Note => null,
            _ => _random.NextDouble() < 0.7 ? ContactChannel.InPerson : _random.NextDouble() < 0.5 ? ContactChannel.Phone : ContactChannel.Video,
        };
        return JournalEntry.Record(clientId, type, channel, on, text, health, counsellorId, At(on), today);
    }

    private DateOnly Clamp(DateOnly date, DateOnly notBefore) =>
        date < notBefore ? notBefore : date > today ? today : date;

    private static DateTimeOffset At(DateOnly date) => new(date.ToDateTime(new TimeOnly(8, 0)), TimeSpan.Zero);

    private string Pick(string[] options) => options[_random.Next(options.Length)];
}
