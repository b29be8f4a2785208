using System.Globalization;
using UssdGateway.Core.Sessions;

namespace UssdGateway.Infrastructure.Sessions;

/// <summary>
/// The stored form of a session, identical in both stores: <see cref="UssdSession.Version"/> as
/// <see cref="PrefixLength"/> ASCII digits (zero-padded, so Redis compares it without parsing), then the
/// <see cref="SessionSerializer"/> bytes: <c>0000000000000000007</c> followed by the compact binary session.
/// A value starting with <c>{</c> is plain JSON from before versions were stored, read as it is.
/// </summary>
internal static class StoredSession
{
    /// <summary>Digits of the version prefix: enough for any non-negative <see cref="long"/>.</summary>
    public const int PrefixLength = 19;

    public static byte[] Write(UssdSession session)
    {
        var bytes = SessionSerializer.Serialize(session);
        var value = new byte[PrefixLength + bytes.Length];
        WriteVersion(session.Version, value);
        bytes.CopyTo(value.AsSpan(PrefixLength));
        return value;
    }

    public static UssdSession? Read(ReadOnlySpan<byte> value) =>
        HasVersionPrefix(value) ? SessionSerializer.Deserialize(value[PrefixLength..]) : SessionSerializer.Deserialize(value);

    /// <summary>The prefix a value of <paramref name="version"/> starts with.</summary>
    public static byte[] VersionPrefix(long version)
    {
        var prefix = new byte[PrefixLength];
        WriteVersion(version, prefix);
        return prefix;
    }

    private static bool HasVersionPrefix(ReadOnlySpan<byte> value) => value.Length > PrefixLength && char.IsAsciiDigit((char)value[0]);

    private static void WriteVersion(long version, Span<byte> destination)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(version);
        if (!version.TryFormat(destination[..PrefixLength], out var written, "D19", CultureInfo.InvariantCulture) || written != PrefixLength)
            throw new InvalidOperationException($"Version {version} does not fit {PrefixLength} digits.");
    }
}
