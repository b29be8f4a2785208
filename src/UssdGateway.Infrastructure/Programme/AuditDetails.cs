using System.Text;
using System.Text.Json;

namespace UssdGateway.Infrastructure.Programme;

/// <summary>An audit line's details as a small flat JSON object (<c>{"amount_xof":15000,"month":"2026-11"}</c>).</summary>
internal static class AuditDetails
{
    public static string Json(params (string Key, object? Value)[] fields)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            foreach (var (key, value) in fields)
            {
                switch (value)
                {
                    case null: writer.WriteNull(key); break;
                    case bool b: writer.WriteBoolean(key, b); break;
                    case int i: writer.WriteNumber(key, i); break;
                    case long l: writer.WriteNumber(key, l); break;
                    case DateTimeOffset at: writer.WriteString(key, at.UtcDateTime.ToString("O", System.Globalization.CultureInfo.InvariantCulture)); break;
                    case DateOnly date: writer.WriteString(key, date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)); break;
                    default: writer.WriteString(key, Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)); break;
                }
            }
            writer.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
