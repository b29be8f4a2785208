namespace UssdGateway.Core.Sms;

/// <summary>
/// An SMS to send. <see cref="IdempotencyKey"/> names it for good (<c>confirm:registration:42</c>): enqueuing the
/// same key twice records one message. <see cref="Kind"/> says whether it goes to a number that opted out
/// (<see cref="SmsKind.Essential"/>) or not (<see cref="SmsKind.NonEssential"/>, the default). A test message
/// (<see cref="IsTest"/>) is recorded like any other but only ever handed to the log sender.
/// </summary>
public sealed record OutgoingSms(string RecipientE164, string Text, string IdempotencyKey, bool IsTest = false, SmsKind Kind = SmsKind.NonEssential);
