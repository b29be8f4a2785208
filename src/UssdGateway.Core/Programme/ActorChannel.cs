namespace UssdGateway.Core.Programme;

/// <summary>Where a change to programme data came from.</summary>
public enum ActorChannel
{
    /// <summary>A caller on the USSD menu.</summary>
    Ussd,

    /// <summary>A text message.</summary>
    Sms,

    /// <summary>A member of staff (console, phone call to the office).</summary>
    Staff,

    /// <summary>The system itself: jobs, imports, the demo seed.</summary>
    System,
}
