namespace Tyollisyys.Domain.Common;

/// <summary>
/// A rule of the domain was broken. <see cref="MessageKey"/> names a user-facing resource string,
/// so the page can show the reason in the user's language; <see cref="Exception.Message"/> is English for logs.
/// </summary>
public sealed class DomainException : Exception
{
    public DomainException(string messageKey, string message, params object[] arguments)
        : base(message)
    {
        MessageKey = messageKey;
        Arguments = arguments;
    }

    public DomainException()
        : this("Error.Unexpected", "A domain rule was broken.")
    {
    }

    public DomainException(string message)
        : this("Error.Unexpected", message)
    {
    }

    public DomainException(string message, Exception innerException)
        : base(message, innerException)
    {
        MessageKey = "Error.Unexpected";
        Arguments = [];
    }

    public string MessageKey { get; }

    public IReadOnlyList<object> Arguments { get; }
}
