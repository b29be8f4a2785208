namespace UssdGateway.Core.Sessions;

public enum ResumeAction
{
    /// <summary>Leave the snapshot as it is.</summary>
    Keep,

    /// <summary>The saved session becomes the phone's snapshot (a dropped call can continue from it).</summary>
    Save,

    /// <summary>The session ended or restarted: no snapshot to offer.</summary>
    Delete,
}
