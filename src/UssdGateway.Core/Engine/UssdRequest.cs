namespace UssdGateway.Core.Engine;

/// <summary>One hop as any channel hands it to the engine.</summary>
/// <param name="Phone">Caller's number in E.164.</param>
/// <param name="Text">Everything typed so far, '*'-separated (Africa's Talking's cumulative text); empty on the first hop.</param>
/// <param name="IsTest">True for simulator and test traffic: records it creates are flagged.</param>
public sealed record UssdRequest(
    string Provider, string SessionId, string Phone, string ServiceCode, string? Network, string Text, bool IsTest = false);
