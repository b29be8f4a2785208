using System.Net;

namespace UssdGateway.Channels.Security;

/// <summary>Addresses and CIDR networks, IPv4 or IPv6; an IPv4 address seen as IPv6 (<c>::ffff:1.2.3.4</c>) is judged as IPv4.</summary>
public sealed class IpAllowList
{
    private readonly IReadOnlyList<IPNetwork> _networks;

    private IpAllowList(IReadOnlyList<IPNetwork> networks) => _networks = networks;

    /// <summary>True when no entry was given: every address is allowed.</summary>
    public bool AllowsAll => _networks.Count == 0;

    /// <summary>Reads the entries (a single entry may hold several, comma-separated); false with the first entry that is neither.</summary>
    public static bool TryParse(IEnumerable<string?> entries, out IpAllowList list, out string? invalid)
    {
        var networks = new List<IPNetwork>();
        invalid = null;
        foreach (var entry in entries.SelectMany(e => (e ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)))
        {
            if (TryParseEntry(entry, out var network)) networks.Add(network);
            else
            {
                invalid = entry;
                list = new IpAllowList([]);
                return false;
            }
        }
        list = new IpAllowList(networks);
        return true;
    }

    /// <summary><c>address</c> or <c>address/prefix</c>; host bits after the prefix are cleared (<c>10.0.0.7/24</c> is <c>10.0.0.0/24</c>).</summary>
    private static bool TryParseEntry(string entry, out IPNetwork network)
    {
        network = default;
        var slash = entry.IndexOf('/');
        var text = slash < 0 ? entry : entry[..slash];
        // IPAddress.TryParse reads "10" as 0.0.0.10: an IPv4 entry must be written out in full.
        if (!(text.Contains(':') || text.Count(c => c == '.') == 3) || !IPAddress.TryParse(text, out var parsed)) return false;
        var address = Normalize(parsed);
        var bits = address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork ? 32 : 128;
        var prefix = bits;
        if (slash >= 0 && (!int.TryParse(entry[(slash + 1)..], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out prefix) || prefix > bits))
            return false;
        var bytes = address.GetAddressBytes();
        for (var i = 0; i < bytes.Length; i++)
        {
            var keep = Math.Clamp(prefix - i * 8, 0, 8);
            bytes[i] &= (byte)(0xFF << (8 - keep));
        }
        network = new IPNetwork(new IPAddress(bytes), prefix);
        return true;
    }

    public bool Allows(IPAddress? address)
    {
        if (AllowsAll) return true;
        if (address is null) return false;
        var normalized = Normalize(address);
        return _networks.Any(n => n.Contains(normalized));
    }

    private static IPAddress Normalize(IPAddress address) => address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;
}
