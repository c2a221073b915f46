using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Tyollisyys.Domain.Common;
using Tyollisyys.Domain.Employers;
using Tyollisyys.Domain.JobSeekers;
using Tyollisyys.Domain.Kuntalisa;
using Tyollisyys.Web.Data;
using Tyollisyys.Web.Infrastructure.Localization;

namespace Tyollisyys.Web.Pages.JobSeekers.Kuntalisa;

/// <summary>What the draft pages (new and edit) share: turning the form into the domain's details.</summary>
public static class DraftForm
{
    /// <summary>
    /// The details for the domain, with the municipality's rule version in force on the application date; a
    /// missing rule, an employer that may not receive kuntalisä or a refused employment becomes a form error (null).
    /// </summary>
    public static async Task<KuntalisaDecisionDetails?> DetailsAsync(
        AppDbContext db, JobSeeker client, DecisionInput input, ModelStateDictionary modelState, IStringLocalizer t)
    {
        var employer = await db.Employers.AsNoTracking().Where(e => e.Id == input.EmployerId).Select(e => new { e.Type }).SingleOrDefaultAsync();
        if (employer is null)
        {
            modelState.AddModelError("Input.EmployerId", t["Kuntalisa.Draft.EmployerRequired"]);
            return null;
        }

        if (employer.Type == EmployerType.PrivatePerson)
        {
            modelState.AddModelError("Input.EmployerId", t["Kuntalisa.Reason.PrivatePersonNeverEligible"]);
            return null;
        }

        var versions = await db.KuntalisaRuleVersions.AsNoTracking().Where(v => v.MunicipalityId == client.HomeMunicipalityId).ToListAsync();
        try
        {
            var rule = KuntalisaRules.InForceOn(versions, client.HomeMunicipalityId, input.ApplicationDate!.Value);
            return input.ToDetails(rule.Id);
        }
        catch (DomainException ex)
        {
            var field = ex.MessageKey switch
            {
                "Kuntalisa.Rule.NoneInForce" => "Input.ApplicationDate",
                "Kuntalisa.Application.EmploymentEndsBeforeStart" => "Input.EmploymentEnd",
                "Kuntalisa.Application.InvalidWeeklyHours" => "Input.WeeklyHours",
                "Kuntalisa.Application.InvalidPay" => "Input.GrossMonthlyPay",
                "Kuntalisa.Application.InvalidPercentage" => "Input.RequestedPercent",
                "Kuntalisa.Application.InvalidMonths" => "Input.RequestedMonths",
                _ => string.Empty,
            };
            modelState.AddDomainError(t, ex, field);
            return null;
        }
    }
}
