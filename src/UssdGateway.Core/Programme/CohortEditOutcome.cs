namespace UssdGateway.Core.Programme;

/// <summary>What <see cref="ITrainingRepository.EditCohortAsync"/> did; anything but <see cref="Edited"/> changed nothing.</summary>
public enum CohortEditOutcome
{
    Edited,
    CohortNotFound,

    /// <summary>Another cohort has the name.</summary>
    NameTaken,

    /// <summary>The last day would come before the first.</summary>
    EndsBeforeStart,
}
