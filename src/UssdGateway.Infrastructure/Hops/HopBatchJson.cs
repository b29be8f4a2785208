using System.Buffers;
using System.Text;
using System.Text.Json;
using UssdGateway.Core.Sessions;

namespace UssdGateway.Infrastructure.Hops;

/// <summary>
/// A batch of hops as one compact JSON array for <see cref="HopLogSql.InsertBatch"/>: short keys, UTC ISO-8601
/// times, kinds and outcomes by name, text clipped to the column sizes (as <see cref="HopRow"/> does per row).
/// </summary>
internal static class HopBatchJson
{
    public static string Serialize(IReadOnlyList<HopRecord> hops)
    {
        var buffer = new ArrayBufferWriter<byte>(hops.Count * 200);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartArray();
            foreach (var hop in hops)
            {
                json.WriteStartObject();
                json.WriteString("a", (string)Data.DbTimestamp.Write(Data.SqlDialect.Sqlite, hop.At)); // ISO-8601 UTC, read by both dialects
                json.WriteString("p", Data.DbText.Clip(hop.Provider, HopRow.ProviderLength));
                json.WriteString("s", Data.DbText.Clip(hop.SessionId, HopRow.SessionIdLength));
                json.WriteString("m", Data.DbText.Clip(hop.MenuId, HopRow.MenuIdLength));
                json.WriteString("v", Data.DbText.Clip(hop.MenuVersion, HopRow.MenuVersionLength));
                json.WriteString("c", Data.DbText.Clip(hop.Screen, HopRow.ScreenLength));
                json.WriteString("i", hop.InputKind.ToString());
                json.WriteString("o", hop.Outcome.ToString());
                json.WriteNumber("l", double.IsFinite(hop.LatencyMilliseconds) ? Math.Max(0, hop.LatencyMilliseconds) : 0);
                json.WriteNumber("t", hop.IsTest ? 1 : 0);
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
