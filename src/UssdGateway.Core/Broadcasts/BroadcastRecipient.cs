namespace UssdGateway.Core.Broadcasts;

/// <summary>One number a broadcast goes to (one SMS per number, however many people share it) and its language.</summary>
public sealed record BroadcastRecipient(string PhoneE164, string Language, bool IsTest);
