using Microsoft.Extensions.Localization;
using Tyollisyys.Domain.Common;

namespace Tyollisyys.Web.Infrastructure.Localization;

public static class DomainMessages
{
    /// <summary>The broken rule in the user's language, with dates and sums in Finnish formats.</summary>
    public static string Message(this IStringLocalizer t, DomainException exception) =>
        t[exception.MessageKey, [.. exception.Arguments.Select(Format)]];

    private static object Format(object argument) => argument switch
    {
        DateOnly date => Formats.Date(date),
        DateTimeOffset moment => Formats.DateTime(moment),
        _ => argument,
    };
}
