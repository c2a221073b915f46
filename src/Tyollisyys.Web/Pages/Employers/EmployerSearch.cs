using System.Text.RegularExpressions;
using Tyollisyys.Domain.Employers;

namespace Tyollisyys.Web.Pages.Employers;

public enum EmployerSearchKind
{
    None,
    NamePrefix,
    BusinessId,

    /// <summary>Typed like a business ID, but not a valid one: nothing can match; the page says why.</summary>
    InvalidBusinessId,
}

/// <summary>
/// Reads the registry's one search field: digits, hyphen, digit ("1234567-8", or the legacy "123456-2") is a
/// business ID, matched exactly; anything else is the start of the name, matched on the indexed name key.
/// </summary>
public sealed partial record EmployerSearch(EmployerSearchKind Kind, string Value, string? ErrorKey = null)
{
    public static readonly EmployerSearch None = new(EmployerSearchKind.None, string.Empty);

    public static EmployerSearch Parse(string? text)
    {
        var trimmed = (text ?? string.Empty).Trim();
        if (trimmed.Length == 0)
        {
            return None;
        }

        if (LooksLikeBusinessId().IsMatch(trimmed))
        {
            return BusinessId.TryParse(trimmed, out var id, out var errorKey)
                ? new(EmployerSearchKind.BusinessId, id.Value)
                : new(EmployerSearchKind.InvalidBusinessId, trimmed, errorKey);
        }

        var key = Employer.SearchKey(trimmed);
        return new(EmployerSearchKind.NamePrefix, key.Length > Employer.NameMaxLength ? key[..Employer.NameMaxLength] : key);
    }

    [GeneratedRegex(@"^\d{5,8}-\d$", RegexOptions.CultureInvariant)]
    private static partial Regex LooksLikeBusinessId();
}
