using System.Data.Common;
using Microsoft.Data.SqlClient;

namespace UssdGateway.Infrastructure.Data;

/// <summary>Pooled connections to SQL Server (<c>ConnectionStrings:Database</c>, or the older <c>ConnectionStrings:SqlServer</c>).</summary>
public sealed class SqlServerConnectionFactory : IDbConnectionFactory
{
    public SqlServerConnectionFactory(string connectionString)
    {
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException(
                $"{DatabaseOptions.SectionName}:{nameof(DatabaseOptions.Provider)} is '{DatabaseOptions.SqlServerProvider}' " +
                $"but ConnectionStrings:{DatabaseOptions.ConnectionStringName} (or ConnectionStrings:{DatabaseOptions.LegacySqlServerConnectionStringName}) is empty.");
        }
        ConnectionString = connectionString;
        var builder = new SqlConnectionStringBuilder(connectionString);
        Description = $"sqlserver {builder.DataSource}/{builder.InitialCatalog}";
    }

    public SqlDialect Dialect => SqlDialect.SqlServer;

    public string ConnectionString { get; }

    public string Description { get; }

    public ValueTask<WriteLease> EnterWriteAsync(CancellationToken cancellationToken = default) => ValueTask.FromResult(new WriteLease(null));

    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken = default)
    {
        var connection = new SqlConnection(ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }
}
