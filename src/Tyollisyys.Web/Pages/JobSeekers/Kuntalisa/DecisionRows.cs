using Microsoft.EntityFrameworkCore;
using Tyollisyys.Domain.Kuntalisa;
using Tyollisyys.Web.Data;

namespace Tyollisyys.Web.Pages.JobSeekers.Kuntalisa;

/// <summary>
/// One line of a list of decisions (card, employer page, decision list): a projection, no entities. Numbers run per
/// municipality, so the paying municipality goes with the number.
/// </summary>
public sealed record DecisionRow(
    long Id,
    long ClientId,
    string ClientName,
    string EmployerName,
    string MunicipalityName,
    string? Number,
    KuntalisaDecisionStatus Status,
    DateOnly ApplicationDate,
    decimal? GrantedTotal,
    decimal Paid);

public static class DecisionRows
{
    /// <summary>Rows for the given decisions, newest application first.</summary>
    public static Task<List<DecisionRow>> ListAsync(AppDbContext db, IQueryable<KuntalisaDecision> decisions, int take = 100) =>
        decisions
            .OrderByDescending(d => d.ApplicationDate).ThenByDescending(d => d.Id)
            .Take(take)
            .Select(d => new DecisionRow(
                d.Id,
                d.JobSeekerId,
                db.JobSeekers.Where(j => j.Id == d.JobSeekerId).Select(j => j.LastName + ", " + j.FirstNames).First(),
                db.Employers.Where(e => e.Id == d.EmployerId).Select(e => e.Name).First(),
                db.Municipalities.Where(m => m.Id == d.MunicipalityId).Select(m => m.NameFi).First(),
                d.Number,
                d.Status,
                d.ApplicationDate,
                d.GrantedTotal,
                d.Claims.Sum(c => c.PayableAmount)))
            .ToListAsync();
}
