using UssdGateway.Core.Sms;

namespace UssdGateway.Core.Notices;

/// <summary>
/// A scheduled SMS to one number: what it is about (<see cref="Kind"/>, <see cref="SubjectId"/>: the session,
/// instalment or cooperative), the Bamako date it is for (<see cref="DueOn"/>), when it may go out
/// (<see cref="SendAt"/>, and no later than <see cref="ExpiresAt"/>: a reminder after the session is noise) and its text in the recipient's language. Its idempotency key names it for good: written
/// twice, or by two instances, it is one outbox row.
/// </summary>
public sealed record Notice(
    NoticeKind Kind,
    long SubjectId,
    DateOnly DueOn,
    DateTimeOffset SendAt,
    DateTimeOffset ExpiresAt,
    string RecipientE164,
    string Language,
    string Text,
    bool IsTest)
{
    public string IdempotencyKey => $"notice:{NoticeKinds.Name(Kind)}:{SubjectId}:{RecipientE164}:{DueOn:yyyy-MM-dd}";

    /// <summary>The outbox message: never essential (it waits out quiet hours and is not sent to a number that opted out).</summary>
    public OutgoingSms ToOutgoing() => new(RecipientE164, Text, IdempotencyKey, IsTest, SmsKind.NonEssential);
}
