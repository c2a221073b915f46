using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Tyollisyys.Web.Pages.Admin;

/// <summary>The admin's home: the sections of administration.</summary>
public sealed class IndexModel : PageModel
{
    public void OnGet()
    {
    }
}
