namespace UssdGateway.Api.Records;

/// <summary>Why staff refuse a privacy request (needed, kept with the request).</summary>
public sealed record RefusalBody(string? Reason);
