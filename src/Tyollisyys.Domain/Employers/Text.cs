using Tyollisyys.Domain.Common;

namespace Tyollisyys.Domain.Employers;

internal static class Text
{
    /// <summary>Blank becomes null; anything else is trimmed and must fit.</summary>
    public static string? Optional(string? value, int maxLength, string field)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var trimmed = value.Trim();
        if (trimmed.Length > maxLength)
        {
            throw new DomainException("Validation.TooLong", $"{field} is longer than {maxLength} characters.", maxLength);
        }

        return trimmed;
    }
}
