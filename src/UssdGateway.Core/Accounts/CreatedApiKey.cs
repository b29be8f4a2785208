namespace UssdGateway.Core.Accounts;

/// <summary>A new API key: <see cref="Key"/> is shown once, only its SHA-256 hash is kept.</summary>
public sealed record CreatedApiKey(ApiKeyInfo Info, string Key);
