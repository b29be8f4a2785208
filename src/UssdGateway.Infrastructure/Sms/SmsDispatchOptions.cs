namespace UssdGateway.Infrastructure.Sms;

/// <summary><c>Sms:Dispatch</c>: how the outbox is worked through (by <see cref="SmsDispatchJob"/>, where <c>Jobs:RunServer</c> is on).</summary>
public sealed class SmsDispatchOptions
{
    /// <summary>Attempts before a message that could not be sent is failed for good.</summary>
    public int MaxAttempts { get; set; } = 6;

    /// <summary>The first retry's delay; each next one doubles, up to <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Messages claimed at once (a crash leaves at most these <c>sending</c>, later <c>unknown</c>).</summary>
    public int BatchSize { get; set; } = 50;

    /// <summary>Messages of a batch in flight at once (each provider's rate limit still applies).</summary>
    public int Parallelism { get; set; } = 8;

    /// <summary>
    /// A message still <c>sending</c> this long after its last step was interrupted (its process died): queued again when it
    /// had not been handed to a provider yet, else marked <c>unknown</c> (it may have been sent). Longer than any sender's timeout.
    /// </summary>
    public TimeSpan InterruptedAfter { get; set; } = TimeSpan.FromMinutes(10);
}
