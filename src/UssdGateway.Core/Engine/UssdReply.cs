namespace UssdGateway.Core.Engine;

/// <summary>What the caller's phone shows; <see cref="End"/> closes the session.</summary>
public sealed record UssdReply(string Text, bool End)
{
    /// <summary>The Africa's Talking body: <c>CON …</c> or <c>END …</c>.</summary>
    public string ToWire() => (End ? "END " : "CON ") + Text;
}
