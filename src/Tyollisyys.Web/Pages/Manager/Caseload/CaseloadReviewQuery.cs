using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
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
}
