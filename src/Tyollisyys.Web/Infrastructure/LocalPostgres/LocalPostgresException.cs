namespace Tyollisyys.Web.Infrastructure.LocalPostgres;

/// <summary>The local cluster could not be set up; the message is a paragraph meant for the person starting the app.</summary>
public sealed class LocalPostgresException : Exception
{
    public LocalPostgresException()
    {
    }

    public LocalPostgresException(string message)
        : base(message)
    {
    }

    public LocalPostgresException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
