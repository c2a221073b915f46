using System.Globalization;
using Microsoft.Extensions.Localization;
using Tyollisyys.Domain.Plans;
using Tyollisyys.Web.Infrastructure.Localization;

namespace Tyollisyys.Web.Pages.JobSeekers.Plans;

/// <summary>Plan values as text in one language: enum labels, Finnish dates, service names.</summary>
public sealed class PlanLabels(IStringLocalizer t, IReadOnlyDictionary<int, ServiceOffering> services, string language)
{
    public string Type(PlanType type) => t[$"Plans.Type.{type}"];

    public string Responsible(ActionResponsible responsible) => t[$"Plans.Responsible.{responsible}"];

    public string Status(PlanActionStatus status) => t[$"Plans.Status.{status}"];

    public string Service(int? id) =>
        id is { } known && services.TryGetValue(known, out var service) ? service.NameIn(language) : string.Empty;

    /// <summary>Who carries out the action: the organisation's own name when it is another organisation's.</summary>
    public string Who(PlanAction action) =>
        action.Responsible == ActionResponsible.OtherOrganisation && action.OrganisationName is { } name
            ? $"{Responsible(action.Responsible)}: {name}"
            : Responsible(action.Responsible);

    public static string Date(DateOnly? date) => date is { } d ? Formats.Date(d) : string.Empty;

    /// <summary>A compared value as text; a service id is shown by the service's name.</summary>
    public string Value(object? value, bool isService = false) => value switch
    {
        null => string.Empty,
        int id when isService => Service(id),
        PlanType type => Type(type),
        ActionResponsible responsible => Responsible(responsible),
        PlanActionStatus status => Status(status),
        DateOnly date => Formats.Date(date),
        int number => number.ToString(CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty,
    };

    public static string Language => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
}
