namespace Tyollisyys.Domain.Common;

internal static class Guard
{
    public static string RequiredText(string? value, int maxLength, string messageKey, string field)
    {
        var trimmed = value?.Trim() ?? string.Empty;
        if (trimmed.Length == 0)
        {
            throw new DomainException(messageKey, $"{field} is required.");
        }

        if (trimmed.Length > maxLength)
        {
            throw new DomainException("Validation.TooLong", $"{field} is longer than {maxLength} characters.", maxLength);
        }

        return trimmed;
    }
}
