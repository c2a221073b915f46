using Microsoft.EntityFrameworkCore;

namespace Tyollisyys.Web.Pages.JobSeekers.DataExport;

/// <summary>The person's kuntalisä decisions (as the employee) and work trials, with their names resolved in the same queries.</summary>
public sealed partial class DataSubjectExportLoader
{
    private async Task<IReadOnlyList<ExportedDecision>> DecisionsAsync(long clientId, CancellationToken cancellationToken)
    {
        var rows = await db.KuntalisaDecisions.AsNoTracking()
            .Where(d => d.JobSeekerId == clientId)
            .OrderBy(d => d.ApplicationDate).ThenBy(d => d.Id)
            .Select(d => new
            {
                Decision = d,
                Claims = d.Claims.OrderBy(c => c.PeriodStart).ToList(),
                Municipality = db.Municipalities.Where(m => m.Id == d.MunicipalityId).Select(m => m.NameFi).First(),
                Employer = db.Employers.Where(e => e.Id == d.EmployerId).Select(e => new { e.Name, e.BusinessId }).First(),
            })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r =>
        {
            var d = r.Decision;
            return new ExportedDecision(
                d.Id,
                d.Number,
                d.Status,
                r.Municipality,
                r.Employer.Name,
                r.Employer.BusinessId?.Value,
                d.ApplicationDate,
                d.EmploymentStart,
                d.EmploymentEnd,
                d.WeeklyHours,
                d.GrossMonthlyPay,
                d.HasStatePaySubsidy,
                d.GrantedPercent,
                d.GrantedMonthlyAmount,
                d.GrantedMonths,
                d.GrantedTotal,
                d.SubsidyStart,
                d.SubsidyEnd,
                d.DecidedOn,
                d.RejectionReason,
                d.CancelReason,
                d.EndedEarlyOn,
                d.EndReason,
                r.Claims.Sum(c => c.PayableAmount),
                [.. r.Claims.Select(c => new ExportedClaim(c.PeriodStart, c.PeriodEnd, c.ReceivedOn, c.WagesPaid, c.Months, c.PayableAmount, c.IsLate, c.LateReason))]);
        })];
    }

    private async Task<IReadOnlyList<ExportedWorkTrial>> TrialsAsync(long clientId, CancellationToken cancellationToken)
    {
        var rows = await db.WorkTrials.AsNoTracking()
            .Where(w => w.JobSeekerId == clientId)
            .OrderBy(w => w.StartDate).ThenBy(w => w.Id)
            .Select(w => new
            {
                Trial = w,
                Contacts = w.Contacts.OrderBy(c => c.Date).ThenBy(c => c.Id).ToList(),
                Attendance = w.Attendance.OrderBy(a => a.Year).ThenBy(a => a.Month).ToList(),
                Organiser = db.Employers.Where(e => e.Id == w.OrganiserId).Select(e => new { e.Name, e.BusinessId }).First(),
            })
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r =>
        {
            var w = r.Trial;
            var feedback = w.Feedback;
            return new ExportedWorkTrial(
                w.Id,
                w.ContinuesTrialId,
                r.Organiser.Name,
                r.Organiser.BusinessId?.Value,
                w.Goal,
                w.Tasks,
                w.SupervisorName,
                w.StartDate,
                w.EndDate,
                w.DaysPerWeek,
                w.HoursPerDay,
                w.OutsideCommutingArea,
                w.Status,
                w.StartedOn,
                w.CompletedOn,
                w.Outcome,
                w.ClosingSummary,
                w.InterruptedOn,
                w.InterruptionReason,
                [.. r.Contacts.Select(c => new ExportedTrialContact(c.Date, c.Channel, c.Kind, c.WithWhom, c.Notes))],
                [.. r.Attendance.Select(a => new ExportedAttendance(a.Year, a.Month, a.Dates))],
                feedback is null ? null : new ExportedFeedback(feedback.GivenOn, feedback.Attendance, feedback.WorkSkills, feedback.SocialSkills, feedback.Suitability, feedback.Recommends, feedback.FreeText));
        })];
    }
}
