namespace UssdGateway.Core.Sms;

/// <summary>What an inbound SMS asks for, as <see cref="SmsKeywordRouter"/> reads it.</summary>
public enum SmsCommandKind
{
    /// <summary>No keyword recognised: answered with the help text (at most once an hour per number).</summary>
    Unknown,

    /// <summary><c>AIDE</c>, <c>HELP</c>, <c>INFO</c>.</summary>
    Help,

    /// <summary><c>STOP</c>, <c>ARRET</c>, <c>ARRÊT</c>: opt out of non-essential messages.</summary>
    Stop,

    /// <summary><c>START</c>: opt back in.</summary>
    Start,

    /// <summary><c>VENTE</c> followed by an amount (and optionally a cooperative number and a month).</summary>
    Sales,

    /// <summary><c>VENTE</c> whose amount or month cannot be read: answered with how to write it.</summary>
    SalesUsage,
}
