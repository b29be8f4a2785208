namespace UssdGateway.Core.Sms.Keywords;

/// <summary>
/// One word of the keyword table (<c>sms.yaml</c>, <c>keywords:</c>): as compared (upper case, no accents, Bambara letters
/// in their older spelling), the command it names, its language (null for <c>exact</c> words), and whether a typing slip
/// is forgiven (never for <c>exact</c> words nor words under four letters).
/// </summary>
public sealed record SmsKeyword(string Word, SmsCommandKind Kind, string? Language, bool Slips, int Line);
