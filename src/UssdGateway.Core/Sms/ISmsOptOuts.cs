namespace UssdGateway.Core.Sms;

/// <summary>Numbers that asked (STOP) or were reported by a provider (Twilio 21610) to receive no more non-essential SMS.</summary>
public interface ISmsOptOuts
{
    Task<bool> IsOptedOutAsync(string phoneE164, CancellationToken cancellationToken = default);

    /// <summary>Records the opt-out (<paramref name="source"/>: <c>keyword</c>, <c>twilio-21610</c>); true when new.</summary>
    Task<bool> OptOutAsync(string phoneE164, string source, bool isTest = false, CancellationToken cancellationToken = default);

    /// <summary>Removes the opt-out; true when there was one.</summary>
    Task<bool> OptInAsync(string phoneE164, CancellationToken cancellationToken = default);
}
