using Tyollisyys.Domain.JobSeekers;

namespace Tyollisyys.Web.Pages.JobSeekers;

public enum SearchKind
{
    None,
    Name,
    CustomerNumber,
    IdentityCodePrefix,
    IdentityCode,

    /// <summary>Six digits: a customer number (they run from 100001) or the date part of an identity code.</summary>
    CustomerNumberOrIdentityCodePrefix,
}

/// <summary>
/// Reads the one search field: what the user typed decides what is searched. <see cref="AuditName"/>
/// is what the audit trail keeps instead of the text, which may be an identity code.
/// </summary>
public sealed record CaseloadSearch(SearchKind Kind, string Value)
{
    public static readonly CaseloadSearch None = new(SearchKind.None, string.Empty);

    public string AuditName => Kind switch
    {
        SearchKind.Name => "name",
        SearchKind.CustomerNumber => "customer-number",
        SearchKind.IdentityCodePrefix => "identity-code-prefix",
        SearchKind.IdentityCode => "identity-code",
        SearchKind.CustomerNumberOrIdentityCodePrefix => "customer-number-or-identity-code-prefix",
        _ => "none",
    };

    public static CaseloadSearch Parse(string? text)
    {
        var trimmed = (text ?? string.Empty).Trim();
        if (trimmed.Length == 0)
        {
            return None;
        }

        if (trimmed.All(char.IsAsciiDigit))
        {
            return trimmed.Length == 6
                ? new(SearchKind.CustomerNumberOrIdentityCodePrefix, trimmed)
                : new(SearchKind.CustomerNumber, trimmed);
        }

        // DDMMYY then the century sign: a partial or whole identity code, whatever follows.
        if (trimmed.Length is > 6 and <= 11 && trimmed[..6].All(char.IsAsciiDigit))
        {
            return PersonalIdentityCode.TryParse(trimmed, out var code, out _)
                ? new(SearchKind.IdentityCode, code.Value)
                : new(SearchKind.IdentityCodePrefix, trimmed.ToUpperInvariant());
        }

        var key = JobSeeker.SearchKey(trimmed);
        return new(SearchKind.Name, key.Length > 201 ? key[..201] : key);
    }
}
