using Microsoft.Extensions.Localization;
using Tyollisyys.Web.Infrastructure.Localization;

namespace Tyollisyys.Web.Pages.Admin;

/// <summary>The breadcrumb trail of an admin page: home › admin › (section ›) current page.</summary>
public static class AdminTrail
{
    public static List<Breadcrumb> To(IStringLocalizer<SharedResource> t, string current, string? sectionKey = null, string? sectionUrl = null)
    {
        var trail = new List<Breadcrumb> { new(t["Nav.Home"], "/"), new(t["Admin.Title"], "/Admin") };
        if (sectionKey is not null)
        {
            trail.Add(new(t[sectionKey], sectionUrl));
        }

        trail.Add(new(current));
        return trail;
    }
}
