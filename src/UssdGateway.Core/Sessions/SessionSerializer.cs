using System.Text.Json;
using System.Text.Json.Serialization;

namespace UssdGateway.Core.Sessions;

/// <summary>Compact UTF-8 JSON for sessions, shared by every store so they behave alike.</summary>
public static class SessionSerializer
{
    public static byte[] Serialize(UssdSession session) =>
        JsonSerializer.SerializeToUtf8Bytes(session, SessionJsonContext.Default.UssdSession);

    public static UssdSession? Deserialize(ReadOnlySpan<byte> utf8Json) =>
        utf8Json.IsEmpty ? null : JsonSerializer.Deserialize(utf8Json, SessionJsonContext.Default.UssdSession);
}

[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(UssdSession))]
internal sealed partial class SessionJsonContext : JsonSerializerContext;
