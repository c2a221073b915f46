using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;
using Tyollisyys.Domain.Common;

namespace Tyollisyys.Web.Infrastructure.Localization;

public static class DomainMessages
{
    /// <summary>The broken rule in the user's language, with dates and sums in Finnish formats.</summary>
    public static string Message(this IStringLocalizer t, DomainException exception) =>
        t[exception.MessageKey, [.. exception.Arguments.Select(Format)]];

    /// <summary>Shows a broken domain rule as a form error (on the whole form unless a field is named).</summary>
    public static void AddDomainError(this ModelStateDictionary modelState, IStringLocalizer t, DomainException exception, string key = "") =>
        modelState.AddModelError(key, t.Message(exception));

    private static object Format(object argument) => argument switch
    {
        DateOnly date => Formats.Date(date),
        DateTimeOffset moment => Formats.DateTime(moment),
        _ => argument,
    };
}
