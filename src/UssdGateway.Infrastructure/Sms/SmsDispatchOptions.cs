namespace UssdGateway.Infrastructure.Sms;

/// <summary><c>Sms:Dispatch</c>: how the outbox is worked through.</summary>
public sealed class SmsDispatchOptions
{
    /// <summary>Run the dispatcher in this process (off for a web-only instance).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How often the outbox is looked at when nothing was enqueued here (messages due for a retry, other instances' rows).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Attempts before a message that could not be sent is failed for good.</summary>
    public int MaxAttempts { get; set; } = 6;

    /// <summary>The first retry's delay; each next one doubles, up to <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromHours(1);

    public int BatchSize { get; set; } = 100;
}
