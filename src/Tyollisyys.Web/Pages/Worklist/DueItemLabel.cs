using Microsoft.Extensions.Localization;
using Tyollisyys.Domain.Process;
using Tyollisyys.Web.Infrastructure.Localization;

namespace Tyollisyys.Web.Pages.Worklist;

/// <summary>What a due item is called on screen: its kind, the conversation's number, or the action agreed.</summary>
public static class DueItemLabel
{
    public static string For(IStringLocalizer<SharedResource> t, DueItem item) => item.Kind switch
    {
        DueItemKind.SupplementaryConversation or DueItemKind.JobSearchConversation when item.Ordinal is { } n =>
            t["DueItem.Numbered", t[$"DueItem.{item.Kind}"], n],
        DueItemKind.PlanAction => t["DueItem.PlanActionWith", item.Subject ?? string.Empty],
        _ => t[$"DueItem.{item.Kind}"],
    };

    public static string Status(IStringLocalizer<SharedResource> t, DueItem item, DateOnly today) => item.Status switch
    {
        DueItemStatus.Met when item.MetOn is { } met => t["DueStatus.MetOn", Formats.Date(met)],
        DueItemStatus.Overdue => t["DueStatus.OverdueDays", today.DayNumber - item.DueDate.DayNumber],
        _ => t[$"DueStatus.{item.Status}"],
    };
}
