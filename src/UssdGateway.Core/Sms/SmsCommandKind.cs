namespace UssdGateway.Core.Sms;

/// <summary>What an inbound SMS asks for, as <see cref="SmsKeywordRouter"/> reads it.</summary>
public enum SmsCommandKind
{
    /// <summary>No keyword recognised: answered with the help text (at most once an hour per number).</summary>
    Unknown,

    /// <summary><c>AIDE</c>, <c>HELP</c>, <c>INFO</c>.</summary>
    Help,

    /// <summary><c>STOP</c>, <c>ARRET</c>, <c>ARRÊT</c>, Twilio's opt-out words: opt out of non-essential messages.</summary>
    Stop,

    /// <summary><c>START</c>, <c>DEMARRER</c>: opt back in.</summary>
    Start,

    /// <summary><c>VENTE</c> followed by an amount (and optionally a cooperative number and a month).</summary>
    Sales,

    /// <summary><c>VENTE</c> whose amount or month cannot be read: answered with how to write it.</summary>
    SalesUsage,

    /// <summary><c>CORRIGER &lt;month&gt; &lt;amount&gt;</c>: replaces a month's figure (history kept).</summary>
    Correct,

    /// <summary><c>CORRIGER</c> whose month or amount cannot be read.</summary>
    CorrectUsage,

    /// <summary><c>INSCRIPTION &lt;name&gt;</c>: registers the sender's number with that name.</summary>
    Register,

    /// <summary><c>INSCRIPTION</c> without a readable name.</summary>
    RegisterUsage,

    /// <summary><c>SOLDE &lt;PIN&gt;</c>: the sender's loan balance.</summary>
    Balance,

    /// <summary><c>SOLDE</c> without a 4-digit PIN.</summary>
    BalanceUsage,
}
