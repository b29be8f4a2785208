namespace UssdGateway.Core.Programme;

public enum SalesReportOutcome
{
    /// <summary>The month's first report.</summary>
    Recorded,

    /// <summary>A new version replaced the month's current report (which is kept as history).</summary>
    Corrected,

    /// <summary>The month's current report already holds this amount; nothing written.</summary>
    Unchanged,

    /// <summary>The number reporting by USSD or SMS does not lead this cooperative; nothing written.</summary>
    NotLeader,

    /// <summary>No such cooperative.</summary>
    CooperativeNotFound,
}
