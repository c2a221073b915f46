namespace Tyollisyys.Web.Data;

/// <summary>
/// The connection string the app uses, settled at start-up: the configured one, or the embedded
/// cluster's. Registered as a singleton so the DbContext reads it when first needed.
/// </summary>
public sealed class DatabaseConnection
{
    public string ConnectionString { get; set; } = string.Empty;

    public bool IsEmbedded { get; set; }

    /// <summary>Stops the embedded cluster if this process started it (commands end without the host's stop event).</summary>
    public IDisposable? EmbeddedCluster { get; set; }
}
