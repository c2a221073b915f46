using Microsoft.EntityFrameworkCore;
using Tyollisyys.Domain.JobSeekers;
using Tyollisyys.Domain.Process;

namespace Tyollisyys.Web.Data.DueItems;

/// <summary>What a client's summary needs besides the due items: whose client, the job search and the newest plan.</summary>
internal sealed record ClientFacts(
    long Id,
    Guid CounsellorId,
    int OfficeId,
    bool IsActive,
    DateOnly BirthDate,
    DateOnly? UnemployedSince,
    DateOnly? SpellStart,
    DateOnly? PlanAgreedOn,
    DateOnly? PlanReviewOn)
{
    public static Task<List<ClientFacts>> LoadAsync(AppDbContext db, long[] ids, CancellationToken cancellationToken) =>
        db.JobSeekers.AsNoTracking()
            .Where(c => ids.Contains(c.Id))
            .Select(c => new ClientFacts(
                c.Id,
                c.CounsellorId,
                c.OfficeId,
                c.CurrentStatus != null,
                c.BirthDate,
                c.UnemployedSince,
                c.Spells.Where(s => s.EndDate == null).Select(s => (DateOnly?)s.StartDate).FirstOrDefault(),
                db.EmploymentPlans.Where(p => p.JobSeekerId == c.Id).OrderByDescending(p => p.Version).Select(p => (DateOnly?)p.AgreedOn).FirstOrDefault(),
                db.EmploymentPlans.Where(p => p.JobSeekerId == c.Id).OrderByDescending(p => p.Version).Select(p => (DateOnly?)p.NextReviewDate).FirstOrDefault()))
            .ToListAsync(cancellationToken);

    /// <summary>
    /// The client's figures for <paramref name="today"/>: the calculator's overdue and due-soon items, the TYP screening
    /// due when its item is overdue or due soon, a current plan when the newest version was agreed in this job search
    /// and its review date has not passed, long-term unemployment as the card judges it (<see cref="JobSeekerFacts"/>).
    /// </summary>
    public ClientDueSummary Summarise(IReadOnlyList<DueItem> items, DateOnly today)
    {
        var planReview = IsActive && SpellStart is { } start && PlanAgreedOn >= start ? PlanReviewOn : null;
        return new ClientDueSummary
        {
            JobSeekerId = Id,
            CounsellorId = CounsellorId,
            OfficeId = OfficeId,
            ComputedOn = today,
            IsActive = IsActive,
            OverdueItems = items.Count(i => i.Status == DueItemStatus.Overdue),
            DueSoonItems = items.Count(i => i.Status == DueItemStatus.DueSoon),
            TypScreeningDue = items.Any(i => i.Kind == DueItemKind.TypScreening && i.Status is DueItemStatus.Overdue or DueItemStatus.DueSoon),
            PlanReviewOn = planReview,
            WithoutCurrentPlan = IsActive && (planReview is null || planReview < today),
            LongTermUnemployed = IsActive && JobSeekerFacts.For(BirthDate, UnemployedSince, today).IsLongTermUnemployed,
        };
    }
}
