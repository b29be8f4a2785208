using Dapper;
using Microsoft.Data.Sqlite;
using UssdGateway.Infrastructure.Data;

namespace UssdGateway.Infrastructure.Tests.Data;

public sealed class SqliteConnectionFactoryTests : IDisposable
{
    private readonly SqliteTestDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task OpenAsync_CreatesFolderAndFile_WhenNeitherExists()
    {
        await using (await _database.Connections.OpenAsync())
        {
        }

        File.Exists(_database.FilePath).Should().BeTrue();
    }

    [Fact]
    public async Task OpenAsync_AppliesConnectionPragmas_WhenOpening()
    {
        await using var connection = await _database.Connections.OpenAsync();

        (await connection.ExecuteScalarAsync<long>("PRAGMA foreign_keys;")).Should().Be(1);
        (await connection.ExecuteScalarAsync<long>("PRAGMA synchronous;")).Should().Be(1, "1 is NORMAL");
        (await connection.ExecuteScalarAsync<long>("PRAGMA busy_timeout;")).Should().Be(5000);
    }

    [Fact]
    public void ConnectionString_EnablesPooling_WhenBuiltFromPath()
    {
        var builder = new SqliteConnectionStringBuilder(_database.Connections.ConnectionString);

        builder.Pooling.Should().BeTrue();
        builder.DataSource.Should().Be(_database.FilePath);
        _database.Connections.Description.Should().Be("sqlite " + _database.FilePath);
        _database.Connections.Dialect.Should().Be(SqlDialect.Sqlite);
    }
}
