namespace UssdGateway.Core.Telemetry;

/// <summary>Names of the spans the <c>UssdGateway</c> activity source starts.</summary>
public static class GatewaySpanNames
{
    /// <summary>One USSD hop through the engine (child of the webhook's ASP.NET Core span).</summary>
    public const string Hop = "ussd.hop";

    /// <summary>A session store read (child of the hop).</summary>
    public const string SessionLoad = "ussd.session.load";

    /// <summary>A session store compare-and-set save (child of the hop).</summary>
    public const string SessionSave = "ussd.session.save";

    /// <summary>One SMS handed to one provider (the HTTP call is its child).</summary>
    public const string SmsSend = "sms.send";

    /// <summary>One Hangfire job run.</summary>
    public const string Job = "job.run";
}
