using System.Globalization;
using Microsoft.Data.Sqlite;

namespace UssdGateway.Benchmarks.Load;

/// <summary>
/// Counts the <c>sms_inbox</c> rows of one <c>wrk/sms.lua</c> run: all of them, and those of the requests wrk saw
/// answered (per thread, ids 1 to its answered count; see the script), read-only beside the running service.
/// </summary>
internal static class InboxCheck
{
    public static async Task<long> CountAllAsync(string databaseFile)
    {
        await using var connection = await OpenAsync(databaseFile);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM sms_inbox;";
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>(rows of answered ids, requests sent but not answered when wrk stopped).</summary>
    public static async Task<(long AnsweredRows, long Unanswered)> CountRunAsync(string databaseFile, string prefix, WrkResult result)
    {
        await using var connection = await OpenAsync(databaseFile);
        long rows = 0, unanswered = 0;
        foreach (var line in result.Output.Split('\n').Where(l => l.StartsWith("ANSWERED ", StringComparison.Ordinal)))
        {
            var values = line[9..].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(p => p.Split('='))
                .ToDictionary(p => p[0], p => long.Parse(p[1], CultureInfo.InvariantCulture));
            unanswered += values["sent"] - values["answered"];
            await using var command = connection.CreateCommand();
            command.CommandText = """
                SELECT COUNT(*) FROM sms_inbox
                WHERE provider = 'africastalking' AND substr(provider_message_id, 1, length(@Prefix)) = @Prefix
                  AND CAST(substr(provider_message_id, length(@Prefix) + 1) AS INTEGER) <= @Answered;
                """;
            command.Parameters.AddWithValue("@Prefix", string.Create(CultureInfo.InvariantCulture, $"ATXid_{prefix}-{values["thread"]}-"));
            command.Parameters.AddWithValue("@Answered", values["answered"]);
            rows += (long)(await command.ExecuteScalarAsync())!;
        }
        return (rows, unanswered);
    }

    private static async Task<SqliteConnection> OpenAsync(string databaseFile)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = databaseFile, Mode = SqliteOpenMode.ReadOnly, Pooling = false,
        }.ToString());
        await connection.OpenAsync();
        return connection;
    }
}
