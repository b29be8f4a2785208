using System.Globalization;

namespace UssdGateway.Core.Sms.Handling;

/// <summary>
/// The reply to one inbound SMS: a text of <c>sms.yaml</c> in the sender's language, queued as essential under the key
/// <c>sms-reply:{inbox id}</c> (processing a message twice queues one reply).
/// </summary>
internal sealed class SmsReply(ISmsOutbox outbox, SmsTemplates templates, InboxMessage message, string language)
{
    public InboxMessage Message => message;

    public string Language => language;

    public Task<long> SendAsync(string key, IReadOnlyDictionary<string, string>? values, CancellationToken cancellationToken) =>
        outbox.EnqueueAsync(new OutgoingSms(message.FromE164, templates.Render(key, language, values),
            "sms-reply:" + message.Id.ToString(CultureInfo.InvariantCulture), message.IsTest, SmsKind.Essential), cancellationToken);
}
