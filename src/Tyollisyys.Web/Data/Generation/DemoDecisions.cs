using Tyollisyys.Domain.Employers;
using Tyollisyys.Domain.JobSeekers;
using Tyollisyys.Domain.Kuntalisa;
using Tyollisyys.Web.Infrastructure.Localization;
using Tyollisyys.Web.Pages.JobSeekers.Kuntalisa;

namespace Tyollisyys.Web.Data.Generation;

/// <summary>The lifecycle state a demo decision is brought to, with the events that lead there.</summary>
internal enum DemoStage
{
    Draft,
    Submitted,
    Rejected,
    Approved,
    Cancelled,
    InPayment,
    InPaymentWithLateClaim,
    EndedEarlyWithRecovery,
    ClosedLastYear,
}

/// <summary>
/// Kuntalisä decisions in every lifecycle state for the demo clients (issue 5 item 8), made only through the domain:
/// each drafted by the client's counsellor for a client who is eligible under the rule in force on the application
/// date (checked with <see cref="EligibilityCheck"/>; clients and employers that fail are passed over), decided by the
/// manager, approved against the appropriation (the domain refuses an overrun) and numbered in approval order per
/// municipality and year, with <see cref="Series"/> holding the counters that continue those numbers. Dates are
/// relative to <c>today</c>: this year's approvals fall within this year, last year's closed ones within last year.
/// </summary>
internal sealed class DemoDecisions
{
    private const string LateReason = "Työnantajan palkanlaskennan järjestelmävaihdos viivästytti hakemusta; hyväksytty myöhässä.";

    private static readonly string[] Agreements =
    [
        "Rakennusalan työehtosopimus",
        "Matkailu-, ravintola- ja vapaa-ajan palveluja koskeva työehtosopimus",
        "Sosiaalialan järjestöjen työehtosopimus",
        "Teknologiateollisuuden työehtosopimus",
    ];

    private readonly DateOnly _today;
    private readonly DateOnly _thisMonth;
    private readonly Guid _decider;
    private readonly IReadOnlyList<KuntalisaRuleVersion> _rules;
    private readonly List<Employer> _employers;
    private readonly IReadOnlyDictionary<(int Municipality, int Year), decimal> _appropriations;
    private readonly HashSet<long> _usedClients = [];
    private readonly List<KuntalisaDecision> _decisions = [];
    private readonly Dictionary<(int Municipality, int Year), int> _sequences;
    private int _employerTurn;

    public DemoDecisions(
        DateOnly today,
        Guid decider,
        IReadOnlyList<KuntalisaRuleVersion> rules,
        IReadOnlyList<Employer> employers,
        IReadOnlyDictionary<(int Municipality, int Year), decimal> appropriations,
        IReadOnlyDictionary<(int Municipality, int Year), int>? lastNumbers = null)
    {
        _sequences = lastNumbers?.ToDictionary() ?? [];
        _today = today;
        _thisMonth = new DateOnly(today.Year, today.Month, 1);
        _decider = decider;
        _rules = rules;
        _employers = employers.Where(e => e.IsActive).OrderBy(e => e.Id).ToList();
        _appropriations = appropriations;
    }

    /// <summary>The stages each demo municipality gets, in this order (approvals are numbered in decision-date order).</summary>
    public static IReadOnlyList<DemoStage> KajaaniStages { get; } =
    [
        DemoStage.ClosedLastYear, DemoStage.ClosedLastYear,
        DemoStage.InPaymentWithLateClaim, DemoStage.EndedEarlyWithRecovery, DemoStage.InPayment, DemoStage.InPayment, DemoStage.InPayment,
        DemoStage.Cancelled, DemoStage.Approved, DemoStage.Approved, DemoStage.Rejected,
        DemoStage.Submitted, DemoStage.Submitted, DemoStage.Submitted, DemoStage.Draft, DemoStage.Draft,
    ];

    public static IReadOnlyList<DemoStage> SotkamoStages { get; } =
    [
        DemoStage.ClosedLastYear, DemoStage.EndedEarlyWithRecovery, DemoStage.InPayment, DemoStage.Approved, DemoStage.Submitted, DemoStage.Draft,
    ];

    public static IReadOnlyList<DemoStage> PaltamoStages { get; } = [DemoStage.InPayment, DemoStage.Approved];

    public IReadOnlyList<KuntalisaDecision> Decisions => _decisions;

    /// <summary>The last number given per municipality and year: the rows of <c>kuntalisa_number_series</c>.</summary>
    public IEnumerable<KuntalisaNumberSeries> Series =>
        _sequences.Select(s => new KuntalisaNumberSeries { MunicipalityId = s.Key.Municipality, Year = s.Key.Year, LastSequence = s.Value });

    /// <summary>Adds a decision in each of <paramref name="stages"/> for clients among <paramref name="clients"/> living in <paramref name="municipalityId"/>.</summary>
    public void AddFor(int municipalityId, IReadOnlyList<JobSeeker> clients, IEnumerable<DemoStage> stages)
    {
        var residents = clients.Where(c => c.HomeMunicipalityId == municipalityId).ToList();
        var index = 0;
        foreach (var stage in stages)
        {
            if (Draft(municipalityId, residents, stage, index++) is not { } drafted)
            {
                continue;
            }

            Advance(drafted.Decision, drafted.Client, drafted.Employer, drafted.Rule, stage);
            _decisions.Add(drafted.Decision);
        }
    }

    private (KuntalisaDecision Decision, JobSeeker Client, Employer Employer, KuntalisaRuleVersion Rule)? Draft(
        int municipalityId, List<JobSeeker> residents, DemoStage stage, int index)
    {
        var (start, applied) = DatesFor(stage, index);
        foreach (var client in residents.Where(c => !_usedClients.Contains(c.Id)))
        {
            if (KuntalisaRules.FindInForce(_rules, municipalityId, applied) is not { } rule)
            {
                return null;
            }

            for (var tries = 0; tries < _employers.Count; tries++)
            {
                var employer = _employers[_employerTurn++ % _employers.Count];
                var thirdSector = DecisionFacts.CategoryOf(employer.Type) == KuntalisaEmployerCategory.ThirdSector;
                var percent = rule.Amount.Mode == KuntalisaAmountMode.PercentageOfPay ? (thirdSector ? 90m : rule.Amount.MaxPercent) : (decimal?)null;
                var details = new KuntalisaDecisionDetails(
                    employer.Id,
                    rule.Id,
                    applied,
                    new KuntalisaEmployment(start, index % 3 == 0 ? null : start.AddMonths(12).AddDays(-1), index % 4 == 3 ? 30m : 37.5m, 2_300m + (100m * (index % 7))),
                    Agreements[index % Agreements.Length],
                    false,
                    percent,
                    8);
                var decision = KuntalisaDecision.Draft(client.Id, municipalityId, details, client.CounsellorId, At(applied, 9), _today);
                if (EligibilityCheck.Evaluate(rule, DecisionFacts.ApplicationFor(decision, client, employer.Type)).IsEligible)
                {
                    _usedClients.Add(client.Id);
                    return (decision, client, employer, rule);
                }
            }
        }

        return null;
    }

    /// <summary>The employment's start and the application date of the <paramref name="index"/>th decision in <paramref name="stage"/>.</summary>
    private (DateOnly Start, DateOnly Applied) DatesFor(DemoStage stage, int index)
    {
        var start = stage switch
        {
            DemoStage.ClosedLastYear => new DateOnly(_today.Year - 1, 2 + (index % 3), 1),
            DemoStage.InPaymentWithLateClaim => _thisMonth.AddMonths(-6),
            DemoStage.EndedEarlyWithRecovery => _thisMonth.AddMonths(-5),
            DemoStage.InPayment => _thisMonth.AddMonths(-4 + (index % 2)),
            DemoStage.Approved or DemoStage.Rejected => _thisMonth,
            _ => _thisMonth.AddMonths(1),
        };
        var applied = stage is DemoStage.Draft or DemoStage.Submitted
            ? Earlier(_today.AddDays(-2 - index), start.AddDays(-1))
            : start.AddDays(-14 - index);
        return (start, applied);
    }

    private void Advance(KuntalisaDecision decision, JobSeeker client, Employer employer, KuntalisaRuleVersion rule, DemoStage stage)
    {
        if (stage == DemoStage.Draft)
        {
            return;
        }

        decision.Submit(At(decision.ApplicationDate.AddDays(1), 10));
        if (stage == DemoStage.Submitted)
        {
            return;
        }

        var decidedOn = DecisionDate(decision.ApplicationDate.AddDays(7), stage == DemoStage.ClosedLastYear ? _today.Year - 1 : _today.Year);
        if (stage == DemoStage.Rejected)
        {
            decision.Reject(_decider, At(decidedOn, 13), decidedOn, "Työnantajalla on erääntyneitä verovelkoja, joten tukea ei voida myöntää (verovelkarekisteri).");
            return;
        }

        var key = (decision.MunicipalityId, decidedOn.Year);
        var committedByOthers = _decisions.Where(d => d.MunicipalityId == key.MunicipalityId && d.NumberYear == key.Year).Sum(d => d.Committed);
        var sequence = _sequences.GetValueOrDefault(key) + 1;
        decision.Approve(
            _decider,
            At(decidedOn, 13),
            decidedOn,
            new KuntalisaDecisionNumber(decidedOn.Year, sequence),
            rule,
            DecisionFacts.ApplicationFor(decision, client, employer.Type),
            new AppropriationRoom(_appropriations[key], committedByOthers));
        _sequences[key] = sequence;

        var period = decision.SubsidyPeriod!;
        switch (stage)
        {
            case DemoStage.Cancelled:
                decision.Cancel(At(Earlier(decidedOn.AddDays(5), _today), 11), "Työsuhde ei alkanut: työnantaja perui rekrytoinnin.");
                break;
            case DemoStage.InPayment:
                Claim(decision, 0, 3, 12);
                Claim(decision, 3, 1, 12);
                break;
            case DemoStage.InPaymentWithLateClaim:
                var lateEnd = period.MonthEnd(1);
                Claim(decision, 0, 2, KuntalisaPaymentClaim.DeadlineFor(lateEnd).DayNumber - lateEnd.DayNumber + 10);
                Claim(decision, 2, 3, 15);
                break;
            case DemoStage.EndedEarlyWithRecovery:
                Claim(decision, 0, 3, 10);
                var lastDay = period.MonthStart(1).AddDays(14);
                decision.EndEarly(lastDay, "Työsuhde päättyi koeaikana; tukea maksettiin kolmelta kuukaudelta, joten liikaa maksettu osuus peritään takaisin.", At(_today, 9));
                break;
            case DemoStage.ClosedLastYear:
                Claim(decision, 0, 3, 12);
                Claim(decision, 3, 3, 14);
                Claim(decision, 6, 2, 9);
                decision.Close(At(period.End.AddDays(40), 10));
                break;
        }
    }

    /// <summary>A claim for <paramref name="months"/> subsidy months from month <paramref name="first"/>, received <paramref name="daysAfter"/> days after the period (never after today).</summary>
    private void Claim(KuntalisaDecision decision, int first, int months, int daysAfter)
    {
        var period = decision.SubsidyPeriod!;
        var last = Math.Min(first + months, period.Months) - 1;
        if (last < first || period.MonthEnd(last) >= _today)
        {
            return;
        }

        var end = period.MonthEnd(last);
        var received = Earlier(end.AddDays(daysAfter), _today);
        var wages = decision.GrossMonthlyPay * (last - first + 1);
        decision.RecordClaim(period.MonthStart(first), end, received, wages, LateReason, decision.DraftedBy, At(received, 12));
    }

    /// <summary><paramref name="wanted"/>, moved into <paramref name="year"/> and never after today.</summary>
    private DateOnly DecisionDate(DateOnly wanted, int year)
    {
        var date = Later(Earlier(wanted, new DateOnly(year, 12, 31)), new DateOnly(year, 1, 1));
        return Earlier(date, _today);
    }

    private static DateOnly Earlier(DateOnly a, DateOnly b) => a < b ? a : b;

    private static DateOnly Later(DateOnly a, DateOnly b) => a > b ? a : b;

    private static DateTimeOffset At(DateOnly day, int hour) => Formats.StartOfFinnishDay(day).AddHours(hour).ToUniversalTime();
}
