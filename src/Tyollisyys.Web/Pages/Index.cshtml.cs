using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Tyollisyys.Web.Pages;

/// <summary>The start page. Job-seekers and the caseload arrive here with the register (issue order 2).</summary>
public sealed class IndexModel : PageModel
{
    public void OnGet()
    {
    }
}
