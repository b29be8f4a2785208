namespace UssdGateway.Core.Sms;

/// <summary>Where an outgoing SMS stands. <see cref="Delivered"/> and <see cref="Failed"/> are final.</summary>
public enum SmsStatus
{
    /// <summary>Recorded, waiting for its (next) attempt.</summary>
    Queued,

    /// <summary>Claimed by one dispatcher, the request to the provider under way.</summary>
    Sending,

    /// <summary>Accepted by the provider.</summary>
    Sent,

    /// <summary>The provider reported it delivered to the phone.</summary>
    Delivered,

    /// <summary>Failed for good; the reason says why.</summary>
    Failed,

    /// <summary>The request may have reached the provider (timeout after sending): never resent blindly, settled by a delivery report or staff.</summary>
    Unknown,
}
