namespace Tyollisyys.Web.Infrastructure.Background;

/// <summary>
/// A background job that runs one round at start-up and then one every <see cref="Interval"/> until the app stops,
/// when <see cref="Enabled"/> (the tests switch the jobs off and run their rounds themselves). A failed round (the
/// database restarting, say) is logged and tried again on the next one.
/// </summary>
public abstract partial class PeriodicJob(TimeProvider clock, ILogger logger) : BackgroundService
{
    protected TimeProvider Clock => clock;

    protected ILogger Logger => logger;

    protected abstract bool Enabled { get; }

    protected abstract TimeSpan Interval { get; }

    protected abstract Task RunOnceAsync(CancellationToken cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!Enabled)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // a failed round is logged and tried again on the next one
            catch (Exception ex)
#pragma warning restore CA1031
            {
                LogFailed(logger, GetType().Name, ex);
            }

            try
            {
                await Task.Delay(Interval, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "A round of {Job} failed; trying again on the next round")]
    private static partial void LogFailed(ILogger logger, string job, Exception exception);
}
