using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Tyollisyys.Domain.Kuntalisa;
using Tyollisyys.Domain.WorkTrials;
using Tyollisyys.Web.Data;
using Tyollisyys.Web.Infrastructure.Access;
using Tyollisyys.Web.Pages.JobSeekers;
using Tyollisyys.Web.Pages.Worklist;

namespace Tyollisyys.Web.Pages.Manager.Caseload;

/// <summary>One counsellor's line of the caseload review (issue 7 item 1).</summary>
public sealed record CaseloadReviewRow(
    Guid CounsellorId,
    string Name,
    bool IsActive,
    int OfficeId,
    string OfficeName,
    int Target,
    int ActiveClients,
    int Overdue,
    int WithoutPlan,
    int LongTermUnemployed,
    int TypScreeningsDue,
    int TrialsOngoing,
    int DecisionsAwaiting)
{
    public bool OverTarget => ActiveClients > Target;
}

/// <summary>
/// The caseload review's figures, counted in SQL for the clients the user may see: active clients (an open job
/// search), long-term unemployed (by <see cref="CaseloadQuery.LatestLongTermStart"/>, the card's rule), clients
/// without a current plan (no plan agreed in this job search, or its review date passed), overdue deadlines and TYP
/// screenings due (from the stored due items), work trials ongoing and kuntalisä decisions submitted for approval.
/// Five grouped queries whatever the number of clients; the counsellors' lines are joined in memory.
/// </summary>
public static class CaseloadReviewQuery
{
    public static async Task<IReadOnlyList<CaseloadReviewRow>> RunAsync(AppDbContext db, ClaimsPrincipal user, DateOnly today, CancellationToken cancellationToken)
    {
        var clients = db.JobSeekers.AsNoTracking().VisibleTo(user);
        var latestLongTermStart = CaseloadQuery.LatestLongTermStart(today);

        var caseloads = await (
            from client in clients
            where client.CurrentStatus != null
            join refresh in db.ClientDueItemRefreshes on client.Id equals refresh.JobSeekerId into refreshes
            from refresh in refreshes.DefaultIfEmpty()
            group new { client.UnemployedSince, PlanReviewOn = (DateOnly?)refresh.PlanReviewOn } by client.CounsellorId into g
            select new
            {
                CounsellorId = g.Key,
                Active = g.Count(),
                LongTerm = g.Count(x => x.UnemployedSince <= latestLongTermStart),
                WithoutPlan = g.Count(x => x.PlanReviewOn == null || x.PlanReviewOn < today),
            })
            .ToDictionaryAsync(x => x.CounsellorId, cancellationToken);

        var items = await DueItemCounts.ByCounsellorAsync(db, clients.Where(c => c.CurrentStatus != null), today, cancellationToken);

        var trials = await (
            from trial in db.WorkTrials
            where trial.Status == WorkTrialStatus.Ongoing
            join client in clients on trial.JobSeekerId equals client.Id
            group trial by client.CounsellorId into g
            select new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);

        var decisions = await (
            from decision in db.KuntalisaDecisions
            where decision.Status == KuntalisaDecisionStatus.Submitted
            join client in clients on decision.JobSeekerId equals client.Id
            group decision by client.CounsellorId into g
            select new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);

        var holding = caseloads.Keys.Concat(trials.Keys).Concat(decisions.Keys).Distinct();
        var roster = await CounsellorRoster.LoadAsync(db, holding, cancellationToken);
        return [.. roster.Select(s =>
        {
            var caseload = caseloads.GetValueOrDefault(s.Id);
            var due = items.GetValueOrDefault(s.Id);
            return new CaseloadReviewRow(
                s.Id,
                s.Name,
                s.IsActive,
                s.OfficeId,
                s.OfficeName,
                s.CaseloadTarget,
                caseload?.Active ?? 0,
                due?.Overdue ?? 0,
                caseload?.WithoutPlan ?? 0,
                caseload?.LongTerm ?? 0,
                due?.TypScreeningsDue ?? 0,
                trials.GetValueOrDefault(s.Id),
                decisions.GetValueOrDefault(s.Id));
        })];
    }
}
