using Microsoft.Extensions.Localization;

namespace Tyollisyys.Web.Pages.Employers;

/// <summary>The breadcrumb trails of the employer pages: home, the registry, the employer, then the page itself.</summary>
public static class EmployerTrail
{
    public static List<Breadcrumb> To(IStringLocalizer t, string current) =>
    [
        new(t["Nav.Home"], "/"),
        new(t["Employers.Title"], "/Employers"),
        new(current),
    ];

    public static List<Breadcrumb> To(IStringLocalizer t, int employerId, string employerName, string current) =>
    [
        new(t["Nav.Home"], "/"),
        new(t["Employers.Title"], "/Employers"),
        new(employerName, "/Employers/" + EmployerChanges.RecordId(employerId)),
        new(current),
    ];
}
