using Tyollisyys.Domain.Common;

namespace Tyollisyys.Domain.JobSeekers;

/// <summary>One period of a job-seeker's job search with one status; open while it has no end date.</summary>
public sealed class JobSearchSpell
{
    private JobSearchSpell()
    {
    }

    internal JobSearchSpell(DateOnly startDate, JobSearchStatus status)
    {
        StartDate = startDate;
        Status = status;
    }

    public long Id { get; private set; }

    public long JobSeekerId { get; private set; }

    public DateOnly StartDate { get; private set; }

    public JobSearchStatus Status { get; private set; }

    /// <summary>The last day of the spell (inclusive).</summary>
    public DateOnly? EndDate { get; private set; }

    public SpellEndReason? EndReason { get; private set; }

    /// <summary>
    /// For an unemployed spell, the first day of the continuous unemployment run it belongs to (its own start, or
    /// that of the unemployed spells it directly follows); null for other statuses. Stored so that figures can
    /// ask "long-term unemployed on day X" of any past day with a plain comparison.
    /// </summary>
    public DateOnly? UnemployedSince { get; private set; }

    public bool IsOpen => EndDate is null;

    internal void BelongsToRunFrom(DateOnly? runStart) => UnemployedSince = runStart;

    internal void End(DateOnly endDate, SpellEndReason reason)
    {
        if (!IsOpen)
        {
            throw new DomainException("Spell.AlreadyEnded", "The spell has already ended.");
        }

        if (endDate < StartDate)
        {
            throw new DomainException("Spell.EndBeforeStart", "A spell cannot end before it starts.");
        }

        EndDate = endDate;
        EndReason = reason;
    }
}
