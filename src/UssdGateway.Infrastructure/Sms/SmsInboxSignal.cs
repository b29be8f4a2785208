using UssdGateway.Infrastructure.Jobs;

namespace UssdGateway.Infrastructure.Sms;

/// <summary>Wakes the inbox processor when a message is stored in this process (it also polls, for other instances).</summary>
public sealed class SmsInboxSignal : WakeUpSignal;
