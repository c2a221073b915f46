using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tyollisyys.Domain.WorkTrials;
using Tyollisyys.Web.Data;
using Tyollisyys.Web.Infrastructure.Csv;
using Tyollisyys.Web.Infrastructure.Localization;

namespace Tyollisyys.Web.Pages.WorkTrials;

/// <summary>
/// The filtered work trials as CSV for Finnish Excel, streamed row by row. The expense allowance paid so far is the
/// domain's <see cref="ExpenseAllowance"/> over the trial's recorded attendance: the weekly five-day cap across months
/// and the dated rates do not reduce to SQL worth keeping in step with the domain, so each streamed row carries its
/// attendance dates (a few dozen) and the amount is computed there. The chain columns name the interrupted trial this
/// one continues and the trial that continues it.
/// </summary>
public static class WorkTrialExport
{
    public static CsvResult Csv(AppDbContext db, IQueryable<TrialWithParties> trials, IStringLocalizer t, IReadOnlyList<AllowanceRate> rates, DateOnly today)
    {
        var rows = trials
            .OrderByDescending(x => x.Trial.StartDate).ThenByDescending(x => x.Trial.Id)
            .Select(x => new
            {
                x.Client.LastName,
                x.Client.FirstNames,
                x.Client.CustomerNumber,
                Organiser = x.Organiser.Name,
                x.Organiser.BusinessId,
                x.Trial.Goal,
                x.Trial.Status,
                x.Trial.StartDate,
                x.Trial.EndDate,
                x.Trial.StartedOn,
                x.Trial.CompletedOn,
                x.Trial.InterruptedOn,
                x.Trial.DaysPerWeek,
                x.Trial.HoursPerDay,
                x.Trial.Outcome,
                x.Trial.OutsideCommutingArea,
                Attendance = x.Trial.Attendance.Select(a => a.Dates).ToList(),
                Previous = db.WorkTrials.Where(p => p.Id == x.Trial.ContinuesTrialId)
                    .Select(p => new { Organiser = db.Employers.Where(e => e.Id == p.OrganiserId).Select(e => e.Name).First(), p.StartDate })
                    .FirstOrDefault(),
                Next = db.WorkTrials.Where(n => n.ContinuesTrialId == x.Trial.Id)
                    .Select(n => new { Organiser = db.Employers.Where(e => e.Id == n.OrganiserId).Select(e => e.Name).First(), n.StartDate })
                    .FirstOrDefault(),
            });

        return new CsvResult(string.Create(CultureInfo.InvariantCulture, $"tyokokeilut-{today:yyyy-MM-dd}.csv"), async (csv, ct) =>
        {
            await csv.RowAsync(
                t["WorkTrialList.Client"].Value,
                t["Client.Field.CustomerNumber"].Value,
                t["WorkTrials.Field.Organiser"].Value,
                t["Employers.Field.BusinessId"].Value,
                t["WorkTrials.Field.Goal"].Value,
                t["WorkTrials.Field.Status"].Value,
                t["WorkTrials.Field.StartDate"].Value,
                t["WorkTrials.Field.EndDate"].Value,
                t["WorkTrialList.Csv.StartedOn"].Value,
                t["WorkTrialList.Csv.EndedOn"].Value,
                t["WorkTrials.Field.DaysPerWeek"].Value,
                t["WorkTrials.Field.HoursPerDay"].Value,
                t["WorkTrials.Field.Outcome"].Value,
                t["WorkTrialList.Csv.AttendedDays"].Value,
                t["WorkTrialList.Csv.Allowance"].Value,
                t["WorkTrialList.Csv.Previous"].Value,
                t["WorkTrialList.Csv.Next"].Value);
            await foreach (var w in rows.AsAsyncEnumerable().WithCancellation(ct))
            {
                var allowance = ExpenseAllowance.Amount(w.Attendance.SelectMany(d => d), w.OutsideCommutingArea, rates);
                await csv.RowAsync(
                    w.LastName + ", " + w.FirstNames,
                    w.CustomerNumber,
                    w.Organiser,
                    w.BusinessId?.Value,
                    t["WorkTrials.Goal." + w.Goal].Value,
                    t["WorkTrials.Status." + w.Status].Value,
                    w.StartDate,
                    w.EndDate,
                    w.StartedOn,
                    w.InterruptedOn ?? w.CompletedOn,
                    w.DaysPerWeek,
                    w.HoursPerDay,
                    w.Outcome is { } outcome ? t["WorkTrials.Outcome." + outcome].Value : null,
                    allowance.AttendedDays,
                    allowance.Amount,
                    w.Previous is { } previous ? t["WorkTrialList.Csv.ChainTrial", previous.Organiser, Formats.Date(previous.StartDate)].Value : null,
                    w.Next is { } next ? t["WorkTrialList.Csv.ChainTrial", next.Organiser, Formats.Date(next.StartDate)].Value : null);
            }
        });
    }
}
