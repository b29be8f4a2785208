namespace UssdGateway.Core.Accounts;

/// <summary>API keys for integrations (<c>X-Api-Key</c> or <c>Authorization: Bearer</c> on <c>/api</c>), stored hashed.</summary>
public interface IApiKeys
{
    /// <summary>A new key; null when an active key already has that name.</summary>
    Task<CreatedApiKey?> CreateAsync(string name, StaffRole role, string actor, CancellationToken cancellationToken = default);

    /// <summary>Every key, active ones first, by name.</summary>
    Task<IReadOnlyList<ApiKeyInfo>> ListAsync(CancellationToken cancellationToken = default);

    /// <summary>Revokes the active key with this name; false when there is none.</summary>
    Task<bool> RevokeAsync(string name, string actor, CancellationToken cancellationToken = default);

    /// <summary>The active key matching <paramref name="key"/>, or null (unknown, malformed or revoked).</summary>
    Task<ApiKeyInfo?> AuthenticateAsync(string key, CancellationToken cancellationToken = default);
}
