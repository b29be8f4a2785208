using UssdGateway.Core.Programme;

namespace UssdGateway.Infrastructure.Sms;

/// <summary>
/// <c>Sms:QuietHours</c>: the hours (Bamako time) when messages that are not essential wait in the outbox, from
/// <see cref="Start"/> to <see cref="End"/> (across midnight when Start is later than End; equal: never quiet).
/// Replies and confirmations of a person's own action are never held.
/// </summary>
public sealed class SmsQuietHours
{
    public TimeOnly Start { get; set; } = new(21, 0);

    public TimeOnly End { get; set; } = new(7, 0);

    public bool IsQuiet(DateTimeOffset instant)
    {
        if (Start == End) return false;
        var time = TimeOnly.FromTimeSpan(instant.ToOffset(BamakoTime.Offset).TimeOfDay);
        return Start < End ? time >= Start && time < End : time >= Start || time < End;
    }
}
