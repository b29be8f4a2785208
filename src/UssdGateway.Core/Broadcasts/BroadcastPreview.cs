namespace UssdGateway.Core.Broadcasts;

/// <summary>
/// What a broadcast would send, before it is sent: how many numbers (and how many opted out, who get nothing), and
/// per language the text as sent (GSM-7 spelling), its encoding, its parts and its recipients; the total parts and
/// their estimated cost in XOF (null when the provider has no price).
/// </summary>
public sealed record BroadcastPreview(
    int Recipients, int OptedOut, IReadOnlyList<BroadcastLanguagePreview> Languages, int TotalSegments, decimal? EstimatedCostXof);
