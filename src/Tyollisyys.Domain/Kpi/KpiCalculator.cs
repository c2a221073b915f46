using Tyollisyys.Domain.JobSeekers;
using Tyollisyys.Domain.Kuntalisa;
using Tyollisyys.Domain.WorkTrials;

namespace Tyollisyys.Domain.Kpi;

/// <summary>
/// The definitions of the figures, computed over plain records for one municipality and period (the web computes
/// the same counts with SQL aggregates; a test holds the two to the same answers). "As of" is the period's last day,
/// or today while it runs. A client counts in the municipality they lived in on the day that matters (the day the
/// stock is read, the first day of a run or job search, the day a trial ended): a client who moved counts in the old
/// municipality before the move and in the new one after it. Unemployed means fully unemployed or laid off.
/// </summary>
public static class KpiCalculator
{
    public static KpiCounts Count(KpiCode code, KpiDataset data, int municipalityId, KpiPeriod period, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (period.AsOf(today) is not { } asOf)
        {
            return KpiCounts.None;
        }

        return code switch
        {
            KpiCode.NewSpellsPassingThreeMonths => NewRunsPassingThreeMonths(data, municipalityId, period, today),
            KpiCode.ActivationRate => Activation(data, municipalityId, asOf, youthOnly: false),
            KpiCode.YouthActivationRate => Activation(data, municipalityId, asOf, youthOnly: true),
            KpiCode.LongTermUnemployedAverage => LongTermUnemployedAverage(data, municipalityId, period, today),
            KpiCode.LongTermUnemployedAtEnd => Counted(LongTermUnemployedOn(data, municipalityId, asOf)),
            KpiCode.UnemployedUnder25 => Counted(Resident(data, municipalityId, asOf)
                .Count(c => c.SpellOn(asOf)!.Status.CountsAsUnemployed() && c.IsUnder25On(asOf))),
            KpiCode.InitialInterviewsOnTime => InterviewsOnTime(data, municipalityId, period, today),
            KpiCode.PlansUpToDate => PlansUpToDate(data, municipalityId, asOf),
            KpiCode.ClientsPerCounsellor => PerCounsellor(data, municipalityId, asOf),
            KpiCode.KuntalisaAppropriationUsed => AppropriationUsed(data, municipalityId, asOf),
            KpiCode.KuntalisaDecisionsMade => Counted(data.Decisions.Count(d =>
                d.MunicipalityId == municipalityId && d.NumberYear is not null && d.DecidedOn is { } on && on >= period.Start && on <= period.End)),
            KpiCode.WorkTrialPositivePlacement => PositivePlacements(data, municipalityId, period),
            _ => throw new ArgumentOutOfRangeException(nameof(code), code, "No such figure."),
        };
    }

    /// <summary>
    /// Unemployment runs (unbroken unemployed spells) that began in the period; members: those whose 3-month point
    /// (the start plus three calendar months) has come by today, so a run is judged only once it can be; hits: those
    /// still unemployed without a break on that day.
    /// </summary>
    private static KpiCounts NewRunsPassingThreeMonths(KpiDataset data, int municipalityId, KpiPeriod period, DateOnly today)
    {
        int members = 0, hits = 0;
        foreach (var client in data.Clients)
        {
            foreach (var spell in client.Spells.Where(s => s.Status.CountsAsUnemployed() && s.Start >= period.Start && s.Start <= period.End))
            {
                var point = spell.Start.AddMonths(3);
                if (FollowsUnemployment(client, spell) || point > today || client.MunicipalityOn(spell.Start) != municipalityId)
                {
                    continue;
                }

                members++;
                hits += UnemployedThrough(client, spell.Start, point) ? 1 : 0;
            }
        }

        return new KpiCounts(members, hits);
    }

    /// <summary>Members: residents unemployed or in services as of the day; hits: in services. Youth: under 25 that day.</summary>
    private static KpiCounts Activation(KpiDataset data, int municipalityId, DateOnly asOf, bool youthOnly)
    {
        var counted = Resident(data, municipalityId, asOf)
            .Where(c => !youthOnly || c.IsUnder25On(asOf))
            .Select(c => c.SpellOn(asOf)!.Status)
            .Where(s => s.CountsAsUnemployed() || s == JobSearchStatus.InService)
            .ToList();
        return new KpiCounts(counted.Count, counted.Count(s => s == JobSearchStatus.InService));
    }

    /// <summary>Residents unemployed on the day without a break since at least the same day twelve months earlier.</summary>
    private static int LongTermUnemployedOn(KpiDataset data, int municipalityId, DateOnly day) =>
        Resident(data, municipalityId, day).Count(c => UnemployedThrough(c, day.AddMonths(-12), day));

    /// <summary>The long-term unemployed counted on each sample day (each month's last day, today for the running month), averaged.</summary>
    private static KpiCounts LongTermUnemployedAverage(KpiDataset data, int municipalityId, KpiPeriod period, DateOnly today)
    {
        var samples = period.SampleDays(today);
        return new KpiCounts(samples.Count, samples.Sum(day => LongTermUnemployedOn(data, municipalityId, day)));
    }

    /// <summary>
    /// Job searches (spells that do not directly follow another spell) begun in the period under a rule set that asks
    /// an initial interview; members: those whose deadline has passed or whose interview is held; hits: an initial
    /// interview held from the start to the deadline.
    /// </summary>
    private static KpiCounts InterviewsOnTime(KpiDataset data, int municipalityId, KpiPeriod period, DateOnly today)
    {
        int members = 0, hits = 0;
        foreach (var client in data.Clients)
        {
            foreach (var spell in client.Spells.Where(s => s.Start >= period.Start && s.Start <= period.End))
            {
                if (client.Spells.Any(p => p.End == spell.Start.AddDays(-1)) || client.MunicipalityOn(spell.Start) != municipalityId
                    || data.InterviewDue(spell.Start) is not { } due)
                {
                    continue;
                }

                var onTime = data.Interviews.Any(i => i.ClientId == client.Id && i.HeldOn >= spell.Start && i.HeldOn <= due);
                if (onTime || due < today)
                {
                    members++;
                    hits += onTime ? 1 : 0;
                }
            }
        }

        return new KpiCounts(members, hits);
    }

    /// <summary>Members: residents with a job search on the day; hits: their latest plan version agreed by then is not past its review date.</summary>
    private static KpiCounts PlansUpToDate(KpiDataset data, int municipalityId, DateOnly asOf)
    {
        var clients = Resident(data, municipalityId, asOf).ToList();
        var hits = clients.Count(c => data.Plans
            .Where(p => p.ClientId == c.Id && p.AgreedOn <= asOf)
            .MaxBy(p => p.Version) is { } plan && plan.NextReviewDate >= asOf);
        return new KpiCounts(clients.Count, hits);
    }

    /// <summary>Residents with a job search on the day, and the distinct counsellors they are assigned to (the register keeps the current assignment only).</summary>
    private static KpiCounts PerCounsellor(KpiDataset data, int municipalityId, DateOnly asOf)
    {
        var clients = Resident(data, municipalityId, asOf).ToList();
        return new KpiCounts(clients.Count, 0, 0m, clients.Select(c => c.CounsellorId).Distinct().Count());
    }

    /// <summary>The municipality's decisions approved in the year up to the day and still committing: their count, and what they commit now.</summary>
    private static KpiCounts AppropriationUsed(KpiDataset data, int municipalityId, DateOnly asOf)
    {
        var decisions = data.Decisions
            .Where(d => d.MunicipalityId == municipalityId && d.NumberYear == asOf.Year && d.DecidedOn <= asOf && d.Status.Commits())
            .ToList();
        return new KpiCounts(decisions.Count, decisions.Count, decisions.Sum(d => d.Committed));
    }

    /// <summary>Trials completed in the period with an outcome (interrupted ones may continue elsewhere); hits: a positive placement.</summary>
    private static KpiCounts PositivePlacements(KpiDataset data, int municipalityId, KpiPeriod period)
    {
        var homes = data.Clients.ToDictionary(c => c.Id);
        var completed = data.Trials
            .Where(t => t.Status == WorkTrialStatus.Completed && t.Outcome is not null && t.CompletedOn is { } on
                && on >= period.Start && on <= period.End && homes.TryGetValue(t.ClientId, out var c) && c.MunicipalityOn(on) == municipalityId)
            .ToList();
        return new KpiCounts(completed.Count, completed.Count(t => t.Outcome!.Value.IsPositivePlacement()));
    }

    /// <summary>Clients who lived in the municipality on the day and had a job-search spell covering it.</summary>
    private static IEnumerable<KpiClient> Resident(KpiDataset data, int municipalityId, DateOnly day) =>
        data.Clients.Where(c => c.MunicipalityOn(day) == municipalityId && c.SpellOn(day) is not null);

    private static bool FollowsUnemployment(KpiClient client, KpiSpell spell) =>
        client.Spells.Any(p => p.Status.CountsAsUnemployed() && p.End == spell.Start.AddDays(-1));

    /// <summary>Every day from <paramref name="from"/> to <paramref name="to"/> is covered by an unemployed spell (spells never overlap).</summary>
    private static bool UnemployedThrough(KpiClient client, DateOnly from, DateOnly to)
    {
        var day = from;
        foreach (var spell in client.Spells.Where(s => s.Status.CountsAsUnemployed()).OrderBy(s => s.Start))
        {
            if (spell.Start <= day && (spell.End is null || spell.End >= day))
            {
                if (spell.End is null || spell.End >= to)
                {
                    return true;
                }

                day = spell.End.Value.AddDays(1);
            }
        }

        return false;
    }

    private static KpiCounts Counted(int count) => new(count, count);
}
