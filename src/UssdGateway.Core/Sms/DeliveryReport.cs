namespace UssdGateway.Core.Sms;

/// <summary>A provider's report on a message it accepted: the new status (sent, delivered or failed) and why it failed.</summary>
public sealed record DeliveryReport(string Provider, string ProviderMessageId, SmsStatus Status, string ProviderStatus, string? FailureReason);
