namespace UssdGateway.Core.Sms;

/// <summary>
/// An SMS to send. <see cref="IdempotencyKey"/> names it for good (<c>registration-confirmation:42</c>): enqueuing the
/// same key twice records one message.
/// </summary>
public sealed record OutgoingSms(string RecipientE164, string Text, string IdempotencyKey, bool IsTest = false);
