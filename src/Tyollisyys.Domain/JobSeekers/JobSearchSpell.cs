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

    public bool IsOpen => EndDate is null;

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
