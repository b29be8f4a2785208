using System.Data.Common;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using UssdGateway.Core.Sessions;
using UssdGateway.Infrastructure.Data;
using UssdGateway.Infrastructure.Hops;
using UssdGateway.Infrastructure.Tests.Data;

namespace UssdGateway.Infrastructure.Tests.Hops;

/// <summary>Buffering, batching, dropping and retrying, against a real SQLite file and a fake clock.</summary>
public sealed class BufferedHopLogTests : IAsyncLifetime, IDisposable
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(30);
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 9, 0, 0, TimeSpan.Zero);

    private readonly SqliteTestDatabase _database = new();
    private readonly FakeTimeProvider _time = new(Now);
    private readonly RecordingLogger<BufferedHopLog> _logger = new();
    private readonly List<BufferedHopLog> _logs = [];

    public async Task InitializeAsync() => await new DatabaseMigrator(_database.Connections).MigrateAsync();

    public async Task DisposeAsync()
    {
        foreach (var log in _logs)
        {
            await log.StopAsync(CancellationToken.None);
            log.Dispose();
        }
    }

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task StopAsync_WritesEveryRecordedHopInBatches_WhenStoppedWithALastPartialBatch()
    {
        var log = NewLog(new HopLogOptions { BatchSize = 500 });
        RecordHops(log, 1200);

        await log.StartAsync(CancellationToken.None);
        await log.StopAsync(CancellationToken.None);

        (await Hops.CountAsync(_database.Connections)).Should().Be(1200);
        log.WrittenCount.Should().Be(1200);
        log.BatchCount.Should().Be(3, "500 + 500 + the 200 left at stop");
        log.DroppedCount.Should().Be(0);
    }

    [Fact]
    public async Task Record_IsWrittenAtOnce_WhenItFillsABatch()
    {
        var log = NewLog(new HopLogOptions { BatchSize = 10 });
        await log.StartAsync(CancellationToken.None);

        RecordHops(log, 10);
        await log.WhenProcessedAsync(10).WaitAsync(Deadline);

        (await Hops.CountAsync(_database.Connections)).Should().Be(10);
        log.BatchCount.Should().Be(1);
    }

    [Fact]
    public async Task Record_IsWrittenOnceTheFlushIntervalHasPassed_WhenTheBatchIsNotFull()
    {
        var log = NewLog(new HopLogOptions { BatchSize = 500, FlushIntervalMilliseconds = 500 });
        RecordHops(log, 3);
        var waiting = log.WhenWaitingForBatchAsync();
        await log.StartAsync(CancellationToken.None);
        await waiting.WaitAsync(Deadline);

        _time.Advance(TimeSpan.FromMilliseconds(499));
        log.WrittenCount.Should().Be(0);
        _time.Advance(TimeSpan.FromMilliseconds(1));
        await log.WhenProcessedAsync(3).WaitAsync(Deadline);

        (await Hops.CountAsync(_database.Connections)).Should().Be(3);
        log.BatchCount.Should().Be(1);
    }

    [Fact]
    public async Task Record_DropsAndCountsHops_WhenTheBufferIsFull()
    {
        var log = NewLog(new HopLogOptions { Capacity = 5, BatchSize = 5 });

        RecordHops(log, 8);

        log.DroppedCount.Should().Be(3);
        await log.StartAsync(CancellationToken.None);
        await log.StopAsync(CancellationToken.None);
        (await Hops.CountAsync(_database.Connections)).Should().Be(5);
    }

    [Fact]
    public void Record_WarnsAtMostOnceAMinute_WhenDroppingHops()
    {
        var log = NewLog(new HopLogOptions { Capacity = 1 });
        RecordHops(log, 1);

        RecordHops(log, 10, "a");
        _time.Advance(TimeSpan.FromSeconds(59));
        RecordHops(log, 10, "b");
        _logger.Count(LogLevel.Warning).Should().Be(1);

        _time.Advance(TimeSpan.FromSeconds(1));
        RecordHops(log, 10, "c");

        _logger.Count(LogLevel.Warning).Should().Be(2);
        _logger.Entries.Last().Message.Should().Contain("21 hop(s) dropped");
        log.DroppedCount.Should().Be(30);
    }

    [Fact]
    public async Task Record_CountsAsDroppedWithoutThrowing_WhenTheLogHasStopped()
    {
        var log = NewLog(new HopLogOptions());
        await log.StartAsync(CancellationToken.None);
        await log.StopAsync(CancellationToken.None);

        var record = () =>
        {
            RecordHops(log, 2);
            log.Record(null!);
        };

        record.Should().NotThrow();
        log.DroppedCount.Should().Be(2);
    }

    [Fact]
    public async Task WriteAsync_TriesAgainAndSucceeds_WhenTheFirstTryFails()
    {
        var connections = new FailingConnections(_database.Connections, failures: 1);
        var log = NewLog(new HopLogOptions { BatchSize = 4, MaxWriteAttempts = 3, RetryDelayMilliseconds = 0 }, connections);
        RecordHops(log, 4);

        await log.StartAsync(CancellationToken.None);
        await log.WhenProcessedAsync(4).WaitAsync(Deadline);

        log.WrittenCount.Should().Be(4);
        log.FailedCount.Should().Be(0);
        (await Hops.CountAsync(_database.Connections)).Should().Be(4);
        _logger.Count(LogLevel.Warning).Should().Be(1);
    }

    [Fact]
    public async Task WriteAsync_DropsAndCountsTheBatchAndKeepsRunning_WhenEveryTryFails()
    {
        var connections = new FailingConnections(_database.Connections, failures: 3);
        var log = NewLog(new HopLogOptions { BatchSize = 4, MaxWriteAttempts = 3, RetryDelayMilliseconds = 0 }, connections);
        RecordHops(log, 4);
        await log.StartAsync(CancellationToken.None);

        await log.WhenProcessedAsync(4).WaitAsync(Deadline);

        log.FailedCount.Should().Be(4);
        log.WrittenCount.Should().Be(0);
        _logger.Count(LogLevel.Warning).Should().Be(2);
        _logger.Count(LogLevel.Error).Should().Be(1);

        RecordHops(log, 4, "later");
        await log.WhenProcessedAsync(8).WaitAsync(Deadline);
        log.WrittenCount.Should().Be(4);
        (await Hops.CountAsync(_database.Connections)).Should().Be(4);
    }

    [Fact]
    public void Constructor_NamesEveryWrongSetting_WhenOptionsAreInvalid()
    {
        var create = () => new BufferedHopLog(
            _database.Connections, Options.Create(new HopLogOptions { Capacity = 0, BatchSize = 0, RetryDelayMilliseconds = -1 }), _time);

        create.Should().Throw<InvalidOperationException>()
            .WithMessage("*HopLog:Capacity*").WithMessage("*HopLog:BatchSize*").WithMessage("*HopLog:RetryDelayMilliseconds*");
    }

    private BufferedHopLog NewLog(HopLogOptions options, IDbConnectionFactory? connections = null)
    {
        var log = new BufferedHopLog(connections ?? _database.Connections, Options.Create(options), _time, _logger);
        _logs.Add(log);
        return log;
    }

    private static void RecordHops(BufferedHopLog log, int count, string prefix = "s")
    {
        for (var i = 0; i < count; i++)
            log.Record(Hops.At(Now.AddMilliseconds(i), $"{prefix}{i}", i % 2 == 0 ? "welcome" : "ask_name"));
    }

    /// <summary>Fails the first <c>failures</c> opens, then opens real connections.</summary>
    private sealed class FailingConnections(IDbConnectionFactory inner, int failures) : IDbConnectionFactory
    {
        private int _failuresLeft = failures;

        public SqlDialect Dialect => inner.Dialect;

        public string Description => inner.Description;

        public ValueTask<WriteLease> EnterWriteAsync(CancellationToken cancellationToken = default) => inner.EnterWriteAsync(cancellationToken);

        public Task<DbConnection> OpenAsync(CancellationToken cancellationToken = default)
        {
            if (Interlocked.Decrement(ref _failuresLeft) < 0) return inner.OpenAsync(cancellationToken);
            throw new InvalidOperationException("database unavailable (test)");
        }
    }
}
