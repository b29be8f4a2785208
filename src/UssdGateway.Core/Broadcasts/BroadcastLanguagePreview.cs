namespace UssdGateway.Core.Broadcasts;

public sealed record BroadcastLanguagePreview(string Language, string Text, string Encoding, int Segments, int Recipients);
