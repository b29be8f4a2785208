using System.Text.Json;
using System.Text.Json.Serialization;

namespace UssdGateway.Core.Sessions;

/// <summary>
/// Sessions as bytes, shared by every store so they behave alike. Written in a compact binary form
/// (<see cref="SessionBinary"/>: read and written on every hop, it costs a few microseconds where JSON cost
/// ten); JSON sessions written by earlier releases (starting with '{') are still read.
/// </summary>
public static class SessionSerializer
{
    public static byte[] Serialize(UssdSession session) => SessionBinary.Write(session);

    public static UssdSession? Deserialize(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty) return null;
        return bytes[0] == (byte)'{'
            ? JsonSerializer.Deserialize(bytes, SessionJsonContext.Default.UssdSession)
            : SessionBinary.Read(bytes);
    }

    /// <summary>The session as readable JSON, for people looking into a store.</summary>
    public static string ToJson(UssdSession session) => JsonSerializer.Serialize(session, SessionJsonContext.Default.UssdSession);
}

[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(UssdSession))]
internal sealed partial class SessionJsonContext : JsonSerializerContext;
