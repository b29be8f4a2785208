using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using HangfireLog = Hangfire.Logging;

namespace UssdGateway.Infrastructure.Jobs;

/// <summary>
/// Hangfire's own log (a job that failed and will be retried, a storage that cannot be reached, a worker that stopped)
/// into the host's logging, under categories <c>Hangfire.*</c> (<c>Logging:LogLevel:Hangfire</c>, Warning by default in
/// appsettings.json). Hangfire keeps one log provider per process and hands each of its components a logger when the
/// component is made, so <see cref="Install"/> runs when the jobs are registered, before any of them exists; the loggers
/// it hands out write to the logging of the host that started last (a process runs one host; tests run several, and a
/// stopped host hands the log back).
/// </summary>
internal sealed class HangfireLogBridge(ILoggerFactory loggerFactory) : IHostedService
{
    private static readonly object Gate = new();
    private static ILoggerFactory? _current;

    /// <summary>Makes this bridge Hangfire's log provider (idempotent).</summary>
    public static void Install() => HangfireLog.LogProvider.SetCurrentLogProvider(Provider.Instance);

    public Task StartAsync(CancellationToken cancellationToken)
    {
        lock (Gate) _current = loggerFactory;
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        lock (Gate)
        {
            if (ReferenceEquals(_current, loggerFactory)) _current = null;
        }
        return Task.CompletedTask;
    }

    private static ILoggerFactory? Current => Volatile.Read(ref _current);

    private sealed class Provider : HangfireLog.ILogProvider
    {
        public static readonly Provider Instance = new();

        public HangfireLog.ILog GetLogger(string name) => new ForwardingLog(name);
    }

    private sealed record Cached(ILoggerFactory Factory, ILogger Logger);

    /// <summary>One Hangfire logger: finds the current host's logger at each call (cached while the host stays the same).</summary>
    private sealed class ForwardingLog(string name) : HangfireLog.ILog
    {
        private Cached? _cached;

        public bool Log(HangfireLog.LogLevel logLevel, Func<string>? messageFunc, Exception? exception = null)
        {
            try
            {
                if (LoggerOf(Current) is not { } logger) return false;
                var level = Map(logLevel);
                if (messageFunc is null) return logger.IsEnabled(level); // Hangfire asks first whether the level is on
                if (!logger.IsEnabled(level)) return false;
#pragma warning disable CA1848, CA2254 // Hangfire's messages are already formatted text
                logger.Log(level, exception, "{HangfireMessage}", messageFunc());
#pragma warning restore CA1848, CA2254
                return true;
            }
            catch (ObjectDisposedException)
            {
                return false; // a host stopping while one of its components logs
            }
        }

        private ILogger? LoggerOf(ILoggerFactory? factory)
        {
            if (factory is null) return null;
            if (Volatile.Read(ref _cached) is { } hit && ReferenceEquals(hit.Factory, factory)) return hit.Logger;
            var logger = factory.CreateLogger(name);
            Volatile.Write(ref _cached, new Cached(factory, logger));
            return logger;
        }

        private static LogLevel Map(HangfireLog.LogLevel level) => level switch
        {
            HangfireLog.LogLevel.Trace => LogLevel.Trace,
            HangfireLog.LogLevel.Debug => LogLevel.Debug,
            HangfireLog.LogLevel.Info => LogLevel.Information,
            HangfireLog.LogLevel.Warn => LogLevel.Warning,
            HangfireLog.LogLevel.Error => LogLevel.Error,
            _ => LogLevel.Critical,
        };
    }
}
