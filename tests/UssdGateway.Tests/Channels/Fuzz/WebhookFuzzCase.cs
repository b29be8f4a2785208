namespace UssdGateway.Tests.Channels.Fuzz;

/// <summary>One generated request: where it goes, what was done to it, its raw bytes and headers.</summary>
internal sealed record WebhookFuzzCase(
    int Index, string Path, string Kind, byte[] Body, string? ContentType, string Query, string? TwilioSignature, bool Chunked)
{
    /// <summary>The start of the body as text, for a failure message.</summary>
    public string Preview => System.Text.Encoding.UTF8.GetString(Body, 0, Math.Min(Body.Length, 160));
}
