namespace UssdGateway.Infrastructure.Hops;

/// <summary>Configuration section <c>HopLog</c>: how hops are buffered and written (see <see cref="BufferedHopLog"/>).</summary>
public sealed class HopLogOptions
{
    public const string SectionName = "HopLog";

    /// <summary>Hops held in memory waiting to be written; beyond it new hops are dropped (and counted).</summary>
    public int Capacity { get; set; } = 10_000;

    /// <summary>Most rows written in one transaction.</summary>
    public int BatchSize { get; set; } = 500;

    /// <summary>Longest a hop waits for its batch to fill before the batch is written anyway.</summary>
    public int FlushIntervalMilliseconds { get; set; } = 500;

    /// <summary>Tries per batch (the first write included) before the batch is dropped (and counted).</summary>
    public int MaxWriteAttempts { get; set; } = 3;

    /// <summary>Pause between two tries of a failed batch.</summary>
    public int RetryDelayMilliseconds { get; set; } = 1_000;

    /// <summary>Readable problems with the settings; empty when valid.</summary>
    public IEnumerable<string> Validate()
    {
        if (Capacity < 1) yield return $"{SectionName}:{nameof(Capacity)} must be at least 1.";
        if (BatchSize < 1) yield return $"{SectionName}:{nameof(BatchSize)} must be at least 1.";
        if (FlushIntervalMilliseconds < 1) yield return $"{SectionName}:{nameof(FlushIntervalMilliseconds)} must be at least 1.";
        if (MaxWriteAttempts < 1) yield return $"{SectionName}:{nameof(MaxWriteAttempts)} must be at least 1.";
        if (RetryDelayMilliseconds < 0) yield return $"{SectionName}:{nameof(RetryDelayMilliseconds)} must not be negative.";
    }
}
