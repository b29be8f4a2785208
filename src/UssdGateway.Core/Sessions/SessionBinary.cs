using System.Buffers;
using System.Buffers.Binary;
using System.Text;

namespace UssdGateway.Core.Sessions;

/// <summary>
/// The compact binary form of a session: a format byte, then every field in a fixed order; strings as a
/// variable-length count (0 = null, n+1 = n UTF-8 bytes) and their bytes, times as UTC ticks plus the offset in
/// minutes. A new field goes at the end with a new format byte; the reader keeps reading older formats.
/// </summary>
internal static class SessionBinary
{
    public const byte Format1 = 0xB1;

    public static byte[] Write(UssdSession session)
    {
        var writer = new Writer(new ArrayBufferWriter<byte>(512));
        writer.Byte(Format1);
        WriteSession(ref writer, session);
        return writer.Buffer.WrittenSpan.ToArray();
    }

    public static UssdSession Read(ReadOnlySpan<byte> bytes)
    {
        var reader = new Reader(bytes);
        var format = reader.Byte();
        if (format != Format1) throw new FormatException($"unknown session format 0x{format:X2}");
        return ReadSession(ref reader);
    }

    private static void WriteSession(ref Writer w, UssdSession s)
    {
        w.String(s.Provider);
        w.String(s.SessionId);
        w.String(s.Phone);
        w.String(s.ServiceCode);
        w.String(s.Network);
        w.String(s.MenuId);
        w.String(s.MenuVersion);
        w.String(s.Language);
        w.String(s.Screen);
        w.Number(s.Page);
        w.Number(s.History.Count);
        foreach (var screen in s.History) w.String(screen);
        w.Number(s.Vars.Count);
        foreach (var (name, value) in s.Vars)
        {
            w.String(name);
            w.String(value);
        }
        if (s.Items is null)
        {
            w.Number(0);
        }
        else
        {
            w.Number(s.Items.Count + 1);
            foreach (var item in s.Items)
            {
                w.String(item.Id);
                w.String(item.Label);
            }
        }
        w.Number(s.Attempts);
        w.Number(s.Consumed);
        w.String(s.LastText);
        w.String(s.LastReply);
        w.Byte((byte)((s.LastReplyEnds ? 1 : 0) | (s.Ended ? 2 : 0) | (s.IsTest ? 4 : 0) | (s.Resumable is not null ? 8 : 0)));
        w.Number(s.Hops);
        w.Time(s.StartedAt);
        w.Time(s.UpdatedAt);
        w.Long(s.Version);
        if (s.Resumable is not null) WriteSession(ref w, s.Resumable);
    }

    private static UssdSession ReadSession(ref Reader r)
    {
        var s = new UssdSession
        {
            Provider = r.String() ?? "",
            SessionId = r.String() ?? "",
            Phone = r.String() ?? "",
            ServiceCode = r.String() ?? "",
            Network = r.String(),
            MenuId = r.String() ?? "",
            MenuVersion = r.String() ?? "",
            Language = r.String() ?? "",
            Screen = r.String() ?? "",
            Page = r.Number(),
        };
        var history = r.Number();
        s.History = new List<string>(history);
        for (var i = 0; i < history; i++) s.History.Add(r.String() ?? "");
        var vars = r.Number();
        s.Vars = new Dictionary<string, string>(vars, StringComparer.Ordinal);
        for (var i = 0; i < vars; i++) s.Vars[r.String() ?? ""] = r.String() ?? "";
        var items = r.Number();
        if (items > 0)
        {
            s.Items = new List<SessionListItem>(items - 1);
            for (var i = 0; i < items - 1; i++) s.Items.Add(new SessionListItem(r.String() ?? "", r.String() ?? ""));
        }
        s.Attempts = r.Number();
        s.Consumed = r.Number();
        s.LastText = r.String();
        s.LastReply = r.String();
        var flags = r.Byte();
        s.LastReplyEnds = (flags & 1) != 0;
        s.Ended = (flags & 2) != 0;
        s.IsTest = (flags & 4) != 0;
        s.Hops = r.Number();
        s.StartedAt = r.Time();
        s.UpdatedAt = r.Time();
        s.Version = r.Long();
        if ((flags & 8) != 0) s.Resumable = ReadSession(ref r);
        return s;
    }

    private ref struct Writer(ArrayBufferWriter<byte> buffer)
    {
        public ArrayBufferWriter<byte> Buffer { get; } = buffer;

        public readonly void Byte(byte value)
        {
            Buffer.GetSpan(1)[0] = value;
            Buffer.Advance(1);
        }

        public readonly void Number(int value) => Unsigned((ulong)(uint)value);

        public readonly void Long(long value)
        {
            BinaryPrimitives.WriteInt64LittleEndian(Buffer.GetSpan(8), value);
            Buffer.Advance(8);
        }

        public readonly void Time(DateTimeOffset value)
        {
            Long(value.UtcTicks);
            Number((int)value.Offset.TotalMinutes + 1440); // offsets are within ±14 h: kept non-negative
        }

        public readonly void String(string? value)
        {
            if (value is null)
            {
                Unsigned(0);
                return;
            }
            var length = Encoding.UTF8.GetByteCount(value);
            Unsigned((ulong)length + 1);
            var written = Encoding.UTF8.GetBytes(value, Buffer.GetSpan(length));
            Buffer.Advance(written);
        }

        private readonly void Unsigned(ulong value)
        {
            var span = Buffer.GetSpan(10);
            var i = 0;
            while (value >= 0x80)
            {
                span[i++] = (byte)(value | 0x80);
                value >>= 7;
            }
            span[i++] = (byte)value;
            Buffer.Advance(i);
        }
    }

    private ref struct Reader(ReadOnlySpan<byte> bytes)
    {
        private ReadOnlySpan<byte> _rest = bytes;

        public byte Byte()
        {
            var value = _rest[0];
            _rest = _rest[1..];
            return value;
        }

        public int Number() => checked((int)Unsigned());

        public long Long()
        {
            var value = BinaryPrimitives.ReadInt64LittleEndian(_rest);
            _rest = _rest[8..];
            return value;
        }

        public DateTimeOffset Time()
        {
            var ticks = Long();
            var offset = TimeSpan.FromMinutes(Number() - 1440);
            return new DateTimeOffset(ticks + offset.Ticks, offset);
        }

        public string? String()
        {
            var length = Unsigned();
            if (length == 0) return null;
            var count = checked((int)(length - 1));
            var value = Encoding.UTF8.GetString(_rest[..count]);
            _rest = _rest[count..];
            return value;
        }

        private ulong Unsigned()
        {
            ulong value = 0;
            for (var shift = 0; ; shift += 7)
            {
                if (shift > 63) throw new FormatException("malformed number in a stored session");
                var b = Byte();
                value |= (ulong)(b & 0x7F) << shift;
                if (b < 0x80) return value;
            }
        }
    }
}
