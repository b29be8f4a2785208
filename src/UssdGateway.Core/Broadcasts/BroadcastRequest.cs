namespace UssdGateway.Core.Broadcasts;

/// <summary>A broadcast as staff compose it: the audience and the text in French and in Bambara.</summary>
public sealed record BroadcastRequest(BroadcastAudience Audience, string TextFr, string TextBm)
{
    public const int MaxTextLength = 459; // three GSM-7 parts at most

    /// <summary>Null when valid, else why not.</summary>
    public string? Problem()
    {
        if (Audience.Problem() is { } audience) return audience;
        if (string.IsNullOrWhiteSpace(TextFr) || string.IsNullOrWhiteSpace(TextBm)) return "the text is needed in French (textFr) and in Bambara (textBm)";
        if (TextFr.Length > MaxTextLength || TextBm.Length > MaxTextLength) return $"a text is at most {MaxTextLength} characters";
        return null;
    }
}
