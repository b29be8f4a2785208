using UssdGateway.Core.Broadcasts;

namespace UssdGateway.Api.Broadcasts;

/// <summary>
/// A broadcast as posted: <c>{"audience": {"kind": "cohort|commune|sector|leaders", "value": "12"}, "textFr": "…", "textBm": "…"}</c>.
/// </summary>
public sealed record BroadcastBody(BroadcastAudienceBody? Audience, string? TextFr, string? TextBm)
{
    /// <summary>The request, or why it cannot be one.</summary>
    public (BroadcastRequest? Request, string? Problem) ToRequest()
    {
        if (Audience is null || string.IsNullOrWhiteSpace(Audience.Kind)) return (null, "audience.kind is needed: cohort, commune, sector or leaders");
        if (!Enum.TryParse<BroadcastAudienceKind>(Audience.Kind.Trim(), ignoreCase: true, out var kind) || !Enum.IsDefined(kind))
            return (null, $"audience.kind '{Audience.Kind}' is not one of cohort, commune, sector, leaders");
        var request = new BroadcastRequest(new BroadcastAudience(kind, Audience.Value), TextFr ?? "", TextBm ?? "");
        return request.Problem() is { } problem ? (null, problem) : (request, null);
    }
}

public sealed record BroadcastAudienceBody(string? Kind, string? Value);
