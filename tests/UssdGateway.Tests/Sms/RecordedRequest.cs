namespace UssdGateway.Tests.Sms;

/// <summary>One request the fake provider received: its credentials header, Accept header and form.</summary>
public sealed record RecordedRequest(string ApiKey, string Accept, IReadOnlyDictionary<string, string> Form);
