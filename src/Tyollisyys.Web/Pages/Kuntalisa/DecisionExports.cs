using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tyollisyys.Domain.Kuntalisa;
using Tyollisyys.Web.Data;
using Tyollisyys.Web.Infrastructure.Csv;

namespace Tyollisyys.Web.Pages.Kuntalisa;

/// <summary>
/// The decision list's two CSV exports for Finnish Excel: the decisions with their figures, and every payment claim of
/// those decisions. Both are projections streamed row by row (names by scalar subqueries, paid by a SUM), so memory
/// stays flat whatever the number of decisions; headers and statuses in the user's language.
/// </summary>
public static class DecisionExports
{
    public static CsvResult Decisions(AppDbContext db, IQueryable<KuntalisaDecision> decisions, IStringLocalizer t, DateOnly today)
    {
        var rows = decisions
            .AsNoTracking()
            .OrderByDescending(d => d.ApplicationDate).ThenByDescending(d => d.Id)
            .Select(d => new
            {
                d.Number,
                Municipality = db.Municipalities.Where(m => m.Id == d.MunicipalityId).Select(m => m.NameFi).First(),
                d.Status,
                Client = db.JobSeekers.Where(j => j.Id == d.JobSeekerId).Select(j => new { j.LastName, j.FirstNames, j.CustomerNumber }).First(),
                Employer = db.Employers.Where(e => e.Id == d.EmployerId).Select(e => new { e.Name, e.BusinessId }).First(),
                Rule = db.KuntalisaRuleVersions.Where(r => r.Id == d.RuleVersionId).Select(r => new { r.CouncilDecision, r.EffectiveFrom }).First(),
                d.ApplicationDate,
                d.EmploymentStart,
                d.EmploymentEnd,
                d.SubsidyStart,
                d.SubsidyEnd,
                d.GrantedPercent,
                d.GrantedMonthlyAmount,
                d.GrantedMonths,
                d.GrantedTotal,
                d.AllowedTotal,
                Paid = d.Claims.Sum(c => c.PayableAmount),
                d.RecoveryAmount,
                DecidedBy = db.Users.Where(u => u.Id == d.DecidedBy).Select(u => u.DisplayName).FirstOrDefault(),
                d.DecidedAt,
            });

        return new CsvResult(FileName("kuntalisapaatokset", today), async (csv, ct) =>
        {
            await csv.RowAsync(
                t["Kuntalisa.List.Number"].Value,
                t["Kuntalisa.Decisions.Municipality"].Value,
                t["Kuntalisa.Field.Status"].Value,
                t["Kuntalisa.List.Client"].Value,
                t["Client.Field.CustomerNumber"].Value,
                t["Kuntalisa.Field.Employer"].Value,
                t["Employers.Field.BusinessId"].Value,
                t["Kuntalisa.Csv.RuleVersion"].Value,
                t["Kuntalisa.Csv.RuleFrom"].Value,
                t["Kuntalisa.Field.ApplicationDate"].Value,
                t["Kuntalisa.Csv.EmploymentStart"].Value,
                t["Kuntalisa.Csv.EmploymentEnd"].Value,
                t["Kuntalisa.Csv.SubsidyStart"].Value,
                t["Kuntalisa.Csv.SubsidyEnd"].Value,
                t["Kuntalisa.Csv.Percent"].Value,
                t["Kuntalisa.Csv.MonthlyAmount"].Value,
                t["Kuntalisa.Csv.Months"].Value,
                t["Kuntalisa.Field.Total"].Value,
                t["Kuntalisa.Field.Paid"].Value,
                t["Kuntalisa.Csv.Remaining"].Value,
                t["Kuntalisa.Csv.Recovery"].Value,
                t["Kuntalisa.Csv.DecidedBy"].Value,
                t["Kuntalisa.Csv.DecidedAt"].Value);
            await foreach (var d in rows.AsAsyncEnumerable().WithCancellation(ct))
            {
                await csv.RowAsync(
                    d.Number,
                    d.Municipality,
                    t["Kuntalisa.Status." + d.Status].Value,
                    d.Client.LastName + ", " + d.Client.FirstNames,
                    d.Client.CustomerNumber,
                    d.Employer.Name,
                    d.Employer.BusinessId?.Value,
                    d.Rule.CouncilDecision,
                    d.Rule.EffectiveFrom,
                    d.ApplicationDate,
                    d.EmploymentStart,
                    d.EmploymentEnd,
                    d.SubsidyStart,
                    d.SubsidyEnd,
                    d.GrantedPercent,
                    d.GrantedMonthlyAmount,
                    d.GrantedMonths,
                    d.GrantedTotal,
                    d.Paid,
                    KuntalisaDecision.RemainingOf(d.Status, d.AllowedTotal, d.GrantedTotal, d.Paid),
                    d.RecoveryAmount,
                    d.DecidedBy,
                    d.DecidedAt);
            }
        });
    }

    public static CsvResult Payments(AppDbContext db, IQueryable<KuntalisaDecision> decisions, IStringLocalizer t, DateOnly today)
    {
        var rows =
            from c in db.KuntalisaPaymentClaims.AsNoTracking()
            join d in decisions on c.DecisionId equals d.Id
            orderby d.ApplicationDate descending, d.Id descending, c.PeriodStart
            select new
            {
                d.Number,
                Municipality = db.Municipalities.Where(m => m.Id == d.MunicipalityId).Select(m => m.NameFi).First(),
                Client = db.JobSeekers.Where(j => j.Id == d.JobSeekerId).Select(j => new { j.LastName, j.FirstNames, j.CustomerNumber }).First(),
                Employer = db.Employers.Where(e => e.Id == d.EmployerId).Select(e => e.Name).First(),
                c.PeriodStart,
                c.PeriodEnd,
                c.Months,
                c.WagesPaid,
                c.PayableAmount,
                c.PayableLimitedByMonthlyAmount,
                c.PayableLimitedByGrant,
                c.IsLate,
                c.LateReason,
                c.ReceivedOn,
                c.RecordedAt,
                RecordedBy = db.Users.Where(u => u.Id == c.RecordedBy).Select(u => u.DisplayName).FirstOrDefault(),
            };

        return new CsvResult(FileName("kuntalisamaksut", today), async (csv, ct) =>
        {
            await csv.RowAsync(
                t["Kuntalisa.List.Number"].Value,
                t["Kuntalisa.Decisions.Municipality"].Value,
                t["Kuntalisa.List.Client"].Value,
                t["Client.Field.CustomerNumber"].Value,
                t["Kuntalisa.Field.Employer"].Value,
                t["Kuntalisa.Csv.PeriodStart"].Value,
                t["Kuntalisa.Csv.PeriodEnd"].Value,
                t["Kuntalisa.Csv.Months"].Value,
                t["Kuntalisa.Csv.Wages"].Value,
                t["Kuntalisa.Csv.Payable"].Value,
                t["Kuntalisa.Csv.LimitedByMonthly"].Value,
                t["Kuntalisa.Csv.LimitedByGrant"].Value,
                t["Kuntalisa.Csv.Late"].Value,
                t["Kuntalisa.Csv.LateReason"].Value,
                t["Kuntalisa.Csv.ReceivedOn"].Value,
                t["Kuntalisa.Csv.RecordedAt"].Value,
                t["Kuntalisa.Csv.RecordedBy"].Value);
            await foreach (var c in rows.AsAsyncEnumerable().WithCancellation(ct))
            {
                await csv.RowAsync(
                    c.Number,
                    c.Municipality,
                    c.Client.LastName + ", " + c.Client.FirstNames,
                    c.Client.CustomerNumber,
                    c.Employer,
                    c.PeriodStart,
                    c.PeriodEnd,
                    c.Months,
                    c.WagesPaid,
                    c.PayableAmount,
                    c.PayableLimitedByMonthlyAmount,
                    c.PayableLimitedByGrant,
                    c.IsLate,
                    c.LateReason,
                    c.ReceivedOn,
                    c.RecordedAt,
                    c.RecordedBy);
            }
        });
    }

    private static string FileName(string what, DateOnly today) =>
        string.Create(CultureInfo.InvariantCulture, $"{what}-{today:yyyy-MM-dd}.csv");
}
