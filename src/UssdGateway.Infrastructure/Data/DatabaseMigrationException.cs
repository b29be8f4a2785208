namespace UssdGateway.Infrastructure.Data;

/// <summary>A migration script failed; nothing of the failing run was kept.</summary>
public sealed class DatabaseMigrationException : Exception
{
    public DatabaseMigrationException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }

    /// <summary>The script that failed, when known.</summary>
    public string? Script { get; init; }
}
