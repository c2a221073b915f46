using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Tyollisyys.Domain.Common;
using Tyollisyys.Domain.Kuntalisa;
using Tyollisyys.Web.Data;
using Tyollisyys.Web.Infrastructure.Audit;

namespace Tyollisyys.Web.Pages.JobSeekers.Kuntalisa;

/// <summary>
/// Approving a decision against the municipality's appropriation, safe when managers approve at the same moment:
/// one transaction locks the year's appropriation row (<c>SELECT … FOR UPDATE</c>), sums what the other decisions
/// of that year commit, takes the next number from the year's counter row (locked by its update until commit), and
/// saves the decision and its audit row. A refusal rolls everything back, the number included, so numbers stay
/// gapless. The decision row's xmin refuses a second approval of the same decision.
/// </summary>
public static class DecisionApproval
{
    public static async Task ApproveAsync(
        AppDbContext db,
        AuditLog audit,
        KuntalisaDecision decision,
        KuntalisaRuleVersion rule,
        KuntalisaApplication application,
        Guid decider,
        DateTimeOffset now,
        DateOnly today,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(audit);
        ArgumentNullException.ThrowIfNull(decision);

        var year = today.Year;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var amounts = await db.Database
            .SqlQuery<decimal>($"SELECT amount AS \"Value\" FROM kuntalisa_appropriations WHERE municipality_id = {decision.MunicipalityId} AND year = {year} FOR UPDATE")
            .ToListAsync(cancellationToken);
        if (amounts.Count == 0)
        {
            throw new DomainException(
                "Kuntalisa.Decision.NoAppropriation",
                string.Create(CultureInfo.InvariantCulture, $"The municipality has no kuntalisä appropriation for {year}."),
                year);
        }

        var committedByOthers = await CommittedAsync(db, decision.MunicipalityId, year, decision.Id, cancellationToken);
        var number = await NextNumberAsync(db, decision.MunicipalityId, year, cancellationToken);
        decision.Approve(decider, now, today, number, rule, application, new AppropriationRoom(amounts[0], committedByOthers));
        audit.Record(
            AuditAction.Update,
            DecisionPageModel.RecordType,
            decision.Id.ToString(CultureInfo.InvariantCulture),
            clientId: decision.JobSeekerId,
            reason: string.Create(CultureInfo.InvariantCulture, $"approved {decision.Number}: {decision.GrantedTotal:0.00}"));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>What a municipality's decisions of a year commit, except <paramref name="exceptDecisionId"/>.</summary>
    public static Task<decimal> CommittedAsync(AppDbContext db, int municipalityId, int year, long exceptDecisionId = 0, CancellationToken cancellationToken = default) =>
        db.KuntalisaDecisions
            .Where(d => d.MunicipalityId == municipalityId && d.NumberYear == year && d.Id != exceptDecisionId)
            .SumAsync(d => d.Committed, cancellationToken);

    /// <summary>The next number of the municipality's series for the year; the caller's transaction holds the row until it ends.</summary>
    private static async Task<KuntalisaDecisionNumber> NextNumberAsync(AppDbContext db, int municipalityId, int year, CancellationToken cancellationToken)
    {
        var sequences = await db.Database.SqlQuery<int>($"""
            INSERT INTO kuntalisa_number_series (municipality_id, year, last_sequence) VALUES ({municipalityId}, {year}, 1)
            ON CONFLICT (municipality_id, year) DO UPDATE SET last_sequence = kuntalisa_number_series.last_sequence + 1
            RETURNING last_sequence AS "Value"
            """).ToListAsync(cancellationToken);
        return new KuntalisaDecisionNumber(year, sequences[0]);
    }
}
