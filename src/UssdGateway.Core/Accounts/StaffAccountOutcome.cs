namespace UssdGateway.Core.Accounts;

/// <summary>What a change to a staff account came to.</summary>
public enum StaffAccountOutcome
{
    Done,
    NotFound,
    AlreadyExists,
    InvalidUsername,
    InvalidPassword,

    /// <summary>Refused: it would leave no enabled admin.</summary>
    LastAdmin,
}
