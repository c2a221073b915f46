namespace Tyollisyys.Web.Pages.Admin.Users;

/// <summary>A temporary password to show once, on the page that answers the POST that set it.</summary>
public sealed record TemporaryPasswordResult(string MessageKey, string DisplayName, string UserName, string Password);
