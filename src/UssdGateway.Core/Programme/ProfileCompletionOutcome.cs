namespace UssdGateway.Core.Programme;

public enum ProfileCompletionOutcome
{
    /// <summary>At least one field was written.</summary>
    Completed,

    /// <summary>Nothing to write: the fields given are already known (or none was given).</summary>
    NothingToComplete,

    /// <summary>No beneficiary has this id.</summary>
    BeneficiaryNotFound,
}
