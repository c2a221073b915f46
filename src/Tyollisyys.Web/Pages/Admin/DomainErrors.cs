using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;
using Tyollisyys.Domain.Common;
using Tyollisyys.Web.Infrastructure.Localization;

namespace Tyollisyys.Web.Pages.Admin;

public static class DomainErrors
{
    /// <summary>Shows a broken domain rule as a form error, in the user's language.</summary>
    public static void AddDomainError(this ModelStateDictionary modelState, IStringLocalizer<SharedResource> t, DomainException ex, string key = "") =>
        modelState.AddModelError(key, t[ex.MessageKey, [.. ex.Arguments]]);
}
