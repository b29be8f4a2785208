namespace UssdGateway.Infrastructure.Data;

/// <summary>The SQL dialects the repositories and migrations are written for.</summary>
public enum SqlDialect
{
    Sqlite,
    SqlServer,
}
