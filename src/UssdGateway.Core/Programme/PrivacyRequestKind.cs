namespace UssdGateway.Core.Programme;

/// <summary>What a person asks about their data (Mali, loi 2013-015).</summary>
public enum PrivacyRequestKind
{
    /// <summary>Delete my data.</summary>
    Deletion,

    /// <summary>I withdraw my consent (stop using my data; keep nothing new).</summary>
    ConsentWithdrawal,
}
