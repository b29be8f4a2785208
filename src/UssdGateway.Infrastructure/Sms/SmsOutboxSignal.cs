using UssdGateway.Infrastructure.Jobs;

namespace UssdGateway.Infrastructure.Sms;

/// <summary>Wakes the dispatcher when a message is enqueued in this process (it also polls, for retries and other instances).</summary>
public sealed class SmsOutboxSignal : WakeUpSignal;
