using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Tyollisyys.Web.Pages.JobSeekers.Kuntalisa;

/// <summary>The breadcrumbs of a page of one decision: home, the client's card, the decision, the page.</summary>
public static class DecisionTrail
{
    public static List<Breadcrumb> To(IStringLocalizer t, IUrlHelper url, DecisionPageModel page, string title)
    {
        ArgumentNullException.ThrowIfNull(t);
        ArgumentNullException.ThrowIfNull(url);
        ArgumentNullException.ThrowIfNull(page);
        return
        [
            new(t["Nav.Home"], "/"),
            new(page.Client.FullName, url.Page("/JobSeekers/Card", new { id = page.Client.Id })),
            new(page.Decision.Number ?? t["Kuntalisa.Payments.Decision"].Value, DecisionPageModel.PathOf(page.Client.Id, page.Decision.Id)),
            new(title),
        ];
    }
}
