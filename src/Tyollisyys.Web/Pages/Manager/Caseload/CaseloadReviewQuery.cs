using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Tyollisyys.Domain.JobSeekers;
using Tyollisyys.Domain.Kuntalisa;
using Tyollisyys.Domain.WorkTrials;
using Tyollisyys.Web.Data;
using Tyollisyys.Web.Infrastructure.Access;
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
/// The caseload review's figures for the clients the user may see, counted in SQL: active clients, overdue items,
/// clients without a current plan, long-term unemployed and TYP screenings due from the clients' stored figures
/// (<see cref="Data.DueItems.ClientDueSummary"/>, one narrow row per client, no join); work trials ongoing and kuntalisä
/// decisions submitted for approval from their own tables by status. Three grouped queries whatever the number of
/// clients; the counsellors' names, offices and targets are joined in memory.
/// </summary>
public static class CaseloadReviewQuery
{
    public static async Task<IReadOnlyList<CaseloadReviewRow>> RunAsync(AppDbContext db, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var caseloads = await db.ClientDueSummaries.AsNoTracking().OfClientsVisibleTo(user)
            .Where(s => s.IsActive)
            .GroupBy(s => s.CounsellorId)
            .Select(g => new
            {
                CounsellorId = g.Key,
                Active = g.Count(),
                Overdue = g.Sum(s => s.OverdueItems),
                WithoutPlan = g.Count(s => s.WithoutCurrentPlan),
                LongTerm = g.Count(s => s.LongTermUnemployed),
                Typ = g.Count(s => s.TypScreeningDue),
            })
            .ToDictionaryAsync(x => x.CounsellorId, cancellationToken);

        var clients = db.JobSeekers.AsNoTracking().VisibleTo(user);
        var trials = await CountByCounsellorAsync(
            db.WorkTrials.Where(t => t.Status == WorkTrialStatus.Ongoing).Select(t => t.JobSeekerId), clients, cancellationToken);
        var decisions = await CountByCounsellorAsync(
            db.KuntalisaDecisions.Where(d => d.Status == KuntalisaDecisionStatus.Submitted).Select(d => d.JobSeekerId), clients, cancellationToken);

        var holding = caseloads.Keys.Concat(trials.Keys).Concat(decisions.Keys).Distinct();
        var roster = await CounsellorRoster.LoadAsync(db, holding, cancellationToken);
        return [.. roster.Select(s =>
        {
            var caseload = caseloads.GetValueOrDefault(s.Id);
            return new CaseloadReviewRow(
                s.Id,
                s.Name,
                s.IsActive,
                s.OfficeId,
                s.OfficeName,
                s.CaseloadTarget,
                caseload?.Active ?? 0,
                caseload?.Overdue ?? 0,
                caseload?.WithoutPlan ?? 0,
                caseload?.LongTerm ?? 0,
                caseload?.Typ ?? 0,
                trials.GetValueOrDefault(s.Id),
                decisions.GetValueOrDefault(s.Id));
        })];
    }

    /// <summary>How many of the rows (each naming its client) belong to each counsellor's visible clients.</summary>
    private static Task<Dictionary<Guid, int>> CountByCounsellorAsync(
        IQueryable<long> clientIdOfEachRow, IQueryable<JobSeeker> clients, CancellationToken cancellationToken) =>
        (from clientId in clientIdOfEachRow
         join client in clients on clientId equals client.Id
         group clientId by client.CounsellorId into g
         select new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);
}
