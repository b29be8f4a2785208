using System.Threading.Channels;
using Dapper;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using UssdGateway.Core.Sessions;
using UssdGateway.Infrastructure.Data;

namespace UssdGateway.Infrastructure.Hops;

/// <summary>
/// The hop log, off the hot path: <see cref="Record"/> puts the hop in a bounded in-memory channel and returns
/// (never blocks, never throws; when the channel is full the hop is dropped and counted, with a warning at most
/// once a minute). This service drains the channel and inserts batches into <c>ussd_hops</c>, one transaction per
/// batch: up to <see cref="HopLogOptions.BatchSize"/> rows, or fewer once the first hop of the batch has waited
/// <see cref="HopLogOptions.FlushIntervalMilliseconds"/>. A failed batch is logged and tried again
/// (<see cref="HopLogOptions.MaxWriteAttempts"/>), then dropped and counted. Stopping writes what is buffered;
/// hops recorded after that are counted as dropped.
/// </summary>
public sealed class BufferedHopLog : BackgroundService, IHopLog
{
    internal static readonly TimeSpan DropWarningInterval = TimeSpan.FromMinutes(1);

    private readonly Channel<HopRecord> _channel;
    private readonly IDbConnectionFactory _connections;
    private readonly HopLogSql _sql;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly int _capacity;
    private readonly int _batchSize;
    private readonly TimeSpan _flushInterval;
    private readonly int _maxWriteAttempts;
    private readonly TimeSpan _retryDelay;

    /// <summary>Held by whoever reads the channel and writes: the loop, or the final flush.</summary>
    private readonly SemaphoreSlim _writer = new(1, 1);

    /// <summary>The batch being filled; only touched while holding <see cref="_writer"/>.</summary>
    private readonly List<HopRecord> _batch;

    private const long NeverWarned = long.MinValue;
    private long _dropped;
    private long _failed;
    private long _written;
    private long _batches;
    private long _lastDropWarning = NeverWarned;
    private TaskCompletionSource _progress = NewSignal();
    private TaskCompletionSource _waitingForBatch = NewSignal();

    public BufferedHopLog(
        IDbConnectionFactory connections,
        IOptions<HopLogOptions> options,
        TimeProvider time,
        ILogger<BufferedHopLog>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(connections);
        ArgumentNullException.ThrowIfNull(options);
        var settings = options.Value;
        var problems = settings.Validate().ToList();
        if (problems.Count > 0) throw new InvalidOperationException("Invalid configuration: " + string.Join("; ", problems));

        _connections = connections;
        _sql = HopLogSql.For(connections.Dialect);
        _time = time;
        _logger = logger ?? (ILogger)NullLogger.Instance;
        _capacity = settings.Capacity;
        _batchSize = settings.BatchSize;
        _flushInterval = TimeSpan.FromMilliseconds(settings.FlushIntervalMilliseconds);
        _maxWriteAttempts = settings.MaxWriteAttempts;
        _retryDelay = TimeSpan.FromMilliseconds(settings.RetryDelayMilliseconds);
        _batch = new List<HopRecord>(_batchSize);
        _channel = Channel.CreateBounded<HopRecord>(new BoundedChannelOptions(settings.Capacity)
        {
            FullMode = BoundedChannelFullMode.Wait, // only TryWrite is used: a full channel refuses at once
            SingleReader = true,
            SingleWriter = false,
            AllowSynchronousContinuations = false,
        });
    }

    /// <summary>Hops dropped because the buffer was full (or the log had stopped).</summary>
    public long DroppedCount => Interlocked.Read(ref _dropped);

    /// <summary>Hops dropped because their batch could not be written after every try.</summary>
    public long FailedCount => Interlocked.Read(ref _failed);

    /// <summary>Hops written to the database.</summary>
    public long WrittenCount => Interlocked.Read(ref _written);

    /// <summary>Batches written (one transaction each).</summary>
    internal long BatchCount => Interlocked.Read(ref _batches);

    public void Record(HopRecord hop)
    {
        if (hop is null) return;
        if (_channel.Writer.TryWrite(hop)) return;
        WarnAboutDrops(Interlocked.Increment(ref _dropped));
    }

    /// <summary>Completes once at least <paramref name="count"/> hops were written or dropped after failed writes.</summary>
    internal async Task WhenProcessedAsync(long count, CancellationToken cancellationToken = default)
    {
        while (true)
        {
            var progress = Volatile.Read(ref _progress).Task;
            if (WrittenCount + FailedCount >= count) return;
            await progress.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Completes the next time a partial batch starts waiting for its flush interval (for tests driving a fake clock).</summary>
    internal Task WhenWaitingForBatchAsync() => Volatile.Read(ref _waitingForBatch).Task;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await _writer.WaitAsync(stoppingToken).ConfigureAwait(false);
        try
        {
            while (await _channel.Reader.WaitToReadAsync(stoppingToken).ConfigureAwait(false))
            {
                await FillAsync(_batch, stoppingToken).ConfigureAwait(false);
                await WriteAsync(_batch).ConfigureAwait(false);
                _batch.Clear();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: StopAsync writes the batch being filled and what is buffered.
        }
        finally
        {
            _writer.Release();
        }
    }

    /// <summary>
    /// Stops the loop, then writes what is left (the batch being filled and the buffer). Also when the loop never
    /// ran: a host stopping right after it started still gets its hops written. Hops recorded afterwards are dropped.
    /// </summary>
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        try
        {
            await base.StopAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _channel.Writer.TryComplete();
            await FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task FlushAsync(CancellationToken cancellationToken)
    {
        // Free unless the loop is still inside a write the host stopped waiting for.
        if (!_writer.Wait(0)) await _writer.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            while (true)
            {
                Drain(_batch);
                if (_batch.Count == 0) return;
                await WriteAsync(_batch).ConfigureAwait(false);
                _batch.Clear();
            }
        }
        finally
        {
            _writer.Release();
        }
    }

    /// <summary>Adds to <paramref name="batch"/> until it is full or the flush interval has passed since the first hop.</summary>
    private async Task FillAsync(List<HopRecord> batch, CancellationToken stoppingToken)
    {
        Drain(batch);
        if (batch.Count >= _batchSize) return;

        using var window = new CancellationTokenSource(_flushInterval, _time);
        using var waiting = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, window.Token);
        Signal(ref _waitingForBatch);
        while (batch.Count < _batchSize)
        {
            try
            {
                if (!await _channel.Reader.WaitToReadAsync(waiting.Token).ConfigureAwait(false)) return;
            }
            catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
            {
                return; // the flush interval has passed
            }
            Drain(batch);
        }
    }

    private void Drain(List<HopRecord> batch)
    {
        while (batch.Count < _batchSize && _channel.Reader.TryRead(out var hop)) batch.Add(hop);
    }

    /// <summary>Writes the batch, trying again after a failure; never throws.</summary>
    private async Task WriteAsync(List<HopRecord> batch)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await InsertAsync(batch).ConfigureAwait(false);
                Interlocked.Add(ref _written, batch.Count);
                Interlocked.Increment(ref _batches);
                Signal(ref _progress);
                return;
            }
            catch (Exception e) when (attempt < _maxWriteAttempts)
            {
                _logger.LogWarning(e, "Hop log: writing {Count} hop(s) to {Database} failed (try {Attempt} of {MaxAttempts}); trying again",
                    batch.Count, _connections.Description, attempt, _maxWriteAttempts);
                if (_retryDelay > TimeSpan.Zero) await Task.Delay(_retryDelay, _time, CancellationToken.None).ConfigureAwait(false);
            }
            catch (Exception e)
            {
                var failed = Interlocked.Add(ref _failed, batch.Count);
                _logger.LogError(e, "Hop log: {Count} hop(s) dropped after {MaxAttempts} failed write(s) to {Database} ({Failed} dropped so far)",
                    batch.Count, _maxWriteAttempts, _connections.Description, failed);
                Signal(ref _progress);
                return;
            }
        }
    }

    private async Task InsertAsync(List<HopRecord> batch)
    {
        var rows = HopBatchJson.Serialize(batch);

        using var write = await _connections.EnterWriteAsync().ConfigureAwait(false);
        await using var connection = await _connections.OpenAsync().ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync().ConfigureAwait(false);
        await connection.ExecuteAsync(new CommandDefinition(_sql.InsertBatch, new { Rows = rows }, transaction)).ConfigureAwait(false);
        await transaction.CommitAsync().ConfigureAwait(false);
    }

    private void WarnAboutDrops(long dropped)
    {
        try
        {
            var now = _time.GetTimestamp();
            var last = Interlocked.Read(ref _lastDropWarning);
            if (last != NeverWarned && _time.GetElapsedTime(last, now) < DropWarningInterval) return;
            if (Interlocked.CompareExchange(ref _lastDropWarning, now, last) != last) return; // another caller warns
            _logger.LogWarning("Hop log: buffer full ({Capacity} hops) or stopped; {Dropped} hop(s) dropped so far", _capacity, dropped);
        }
        catch (Exception)
        {
            // Record never throws, even when a logger does.
        }
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private static void Signal(ref TaskCompletionSource signal) => Interlocked.Exchange(ref signal, NewSignal()).TrySetResult();
}
