using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;
using Tyollisyys.Domain.Common;
using Tyollisyys.Domain.Employers;
using Tyollisyys.Domain.Kuntalisa;
using Tyollisyys.Domain.WorkTrials;

namespace Tyollisyys.Web.Infrastructure.Localization;

public static class DomainMessages
{
    /// <summary>The broken rule in the user's language, with dates and sums in Finnish formats.</summary>
    public static string Message(this IStringLocalizer t, DomainException exception) =>
        t.Formatted(exception.MessageKey, exception.Arguments);

    /// <summary>A resource string whose arguments are domain values (dates, sums, statuses) shown the Finnish way.</summary>
    public static string Formatted(this IStringLocalizer t, string key, IEnumerable<object> arguments) =>
        t[key, [.. arguments.Select(a => Format(t, a))]];

    /// <summary>Shows a broken domain rule as a form error (on the whole form unless a field is named).</summary>
    public static void AddDomainError(this ModelStateDictionary modelState, IStringLocalizer t, DomainException exception, string key = "") =>
        modelState.AddModelError(key, t.Message(exception));

    private static object Format(IStringLocalizer t, object argument) => argument switch
    {
        DateOnly date => Formats.Date(date),
        DateTimeOffset moment => Formats.DateTime(moment),
        decimal number => Formats.Number(number),
        KuntalisaDecisionStatus status => t["Kuntalisa.Status." + status].Value,
        KuntalisaDecisionAction action => t["Kuntalisa.Action." + action].Value,
        WorkTrialStatus status => t["WorkTrials.Status." + status].Value,
        WorkTrialAction action => t["WorkTrials.Action." + action].Value,
        WorkTrialParty party => t["WorkTrials.Party." + party].Value,
        EmployerType type => t["Employers.Type." + type].Value,
        _ => argument,
    };
}
