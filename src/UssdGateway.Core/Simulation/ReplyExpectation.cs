using System.Text;
using UssdGateway.Core.Text;

namespace UssdGateway.Core.Simulation;

/// <summary>
/// What a reply must be, checked on what the gateway sends back (<c>CON …</c> or <c>END …</c>): every condition
/// given must hold. <c>equals</c> ignores line-ending differences and a final line break.
/// </summary>
public sealed record ReplyExpectation(
    IReadOnlyList<string> Contains, IReadOnlyList<string> NotContains, string? EqualsText, string? StartsWith, string? EndsWith)
{
    /// <summary>
    /// Why <paramref name="reply"/> does not meet the expectation, or null when it does. An expected text also matches
    /// in its GSM-7 spelling (<c>sɛbɛn</c> matches <c>sèbèn</c>), the way a long screen is sent.
    /// </summary>
    public string? Check(string reply)
    {
        var text = Normalize(reply);
        foreach (var part in Contains)
            if (!Matches(part, p => text.Contains(p, StringComparison.Ordinal))) return $"does not contain \"{part}\"";
        foreach (var part in NotContains)
            if (Matches(part, p => text.Contains(p, StringComparison.Ordinal))) return $"contains \"{part}\", which it must not";
        if (EqualsText is not null && !Matches(EqualsText, p => text == p)) return "is not equal to the expected text";
        if (StartsWith is not null && !Matches(StartsWith, p => text.StartsWith(p, StringComparison.Ordinal))) return $"does not start with \"{StartsWith}\"";
        if (EndsWith is not null && !Matches(EndsWith, p => text.EndsWith(p, StringComparison.Ordinal))) return $"does not end with \"{EndsWith}\"";
        return null;
    }

    private static bool Matches(string expected, Func<string, bool> test)
    {
        var written = Normalize(expected);
        return test(written) || test(GsmTransliterator.ToGsm(written));
    }

    public override string ToString()
    {
        var parts = new List<string>();
        parts.AddRange(Contains.Select(c => $"contains \"{c}\""));
        parts.AddRange(NotContains.Select(c => $"not_contains \"{c}\""));
        if (EqualsText is not null) parts.Add($"equals \"{EqualsText}\"");
        if (StartsWith is not null) parts.Add($"starts \"{StartsWith}\"");
        if (EndsWith is not null) parts.Add($"ends \"{EndsWith}\"");
        return string.Join(", ", parts);
    }

    private static string Normalize(string text)
    {
        var unified = new StringBuilder(text).Replace("\r\n", "\n").ToString();
        return unified.EndsWith('\n') ? unified.TrimEnd('\n') : unified;
    }
}
