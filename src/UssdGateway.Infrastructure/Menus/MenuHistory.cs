using System.Text;
using Dapper;
using UssdGateway.Core.Menus;
using UssdGateway.Infrastructure.Data;

namespace UssdGateway.Infrastructure.Menus;

/// <summary>The versions of each menu file published from the console (table <c>menu_history</c>), newest first.</summary>
public sealed class MenuHistory(IDbConnectionFactory connections, TimeProvider time)
{
    private readonly MenuHistorySql _sql = MenuHistorySql.For(connections.Dialect);

    /// <summary>Records <paramref name="content"/> as a version of <paramref name="fileName"/>; returns its id.</summary>
    public Task<long> AddAsync(string fileName, string content, string action, string savedBy, CancellationToken cancellationToken = default) =>
        DbWrites.InTransactionAsync(connections, (connection, transaction) => connection.ExecuteScalarAsync<long>(new CommandDefinition(_sql.Insert, new
        {
            FileName = fileName,
            Content = content,
            ContentHash = MenuParser.VersionOf(content),
            SizeBytes = Encoding.UTF8.GetByteCount(content),
            Action = action,
            SavedBy = DbText.Clip(savedBy, 200),
            Now = DbTimestamp.Write(connections.Dialect, time.GetUtcNow()),
        }, transaction, cancellationToken: cancellationToken)), cancellationToken);

    /// <summary>The latest 100 versions of <paramref name="fileName"/>, newest first.</summary>
    public async Task<IReadOnlyList<MenuHistoryEntry>> ListAsync(string fileName, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(_sql.ListForFile, new { FileName = fileName }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return [.. rows.Select(r => r.ToEntry())];
    }

    /// <summary>The hash of the newest recorded version of <paramref name="fileName"/>, or null when none is.</summary>
    public async Task<string?> LatestHashAsync(string fileName, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await connection.ExecuteScalarAsync<string?>(new CommandDefinition(_sql.LatestHash, new { FileName = fileName }, cancellationToken: cancellationToken)).ConfigureAwait(false);
    }

    /// <summary>A recorded version of <paramref name="fileName"/> and its content, or null.</summary>
    public async Task<(MenuHistoryEntry Entry, string Content)?> GetAsync(string fileName, long id, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        var row = await connection.QuerySingleOrDefaultAsync<Row>(new CommandDefinition(_sql.Get, new { FileName = fileName, Id = id }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return row is null ? null : (row.ToEntry(), row.Content);
    }

    private sealed class Row
    {
        public long Id { get; set; }
        public string FileName { get; set; } = "";
        public string ContentHash { get; set; } = "";
        public long SizeBytes { get; set; }
        public string Action { get; set; } = "";
        public string SavedBy { get; set; } = "";
        public object SavedAt { get; set; } = "";
        public string Content { get; set; } = "";

        public MenuHistoryEntry ToEntry() =>
            new(Id, FileName, ContentHash, checked((int)SizeBytes), Action, SavedBy, DbTimestamp.Read(SavedAt));
    }
}
