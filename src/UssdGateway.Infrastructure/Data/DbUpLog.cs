using DbUp.Engine.Output;
using Microsoft.Extensions.Logging;

namespace UssdGateway.Infrastructure.Data;

/// <summary>
/// DbUp's chatter at Debug. Its errors too: <see cref="DatabaseMigrator"/> turns a failure into one
/// <see cref="DatabaseMigrationException"/> naming the database and the script, reported once by the caller.
/// </summary>
internal sealed class DbUpLog(ILogger logger) : IUpgradeLog
{
    public void LogTrace(string format, params object[] args) => Write(LogLevel.Trace, null, format, args);

    public void LogDebug(string format, params object[] args) => Write(LogLevel.Debug, null, format, args);

    public void LogInformation(string format, params object[] args) => Write(LogLevel.Debug, null, format, args);

    public void LogWarning(string format, params object[] args) => Write(LogLevel.Warning, null, format, args);

    public void LogError(string format, params object[] args) => Write(LogLevel.Debug, null, format, args);

    public void LogError(Exception ex, string format, params object[] args) => Write(LogLevel.Debug, ex, format, args);

    private void Write(LogLevel level, Exception? exception, string format, object[] args)
    {
        if (!logger.IsEnabled(level)) return;
#pragma warning disable CA2254 // DbUp's own templates
        logger.Log(level, exception, "DbUp: " + format, args);
#pragma warning restore CA2254
    }
}
