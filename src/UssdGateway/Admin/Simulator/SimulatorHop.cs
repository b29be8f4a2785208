namespace UssdGateway.Admin.Simulator;

/// <summary>One hop from the simulator page, shaped like Africa's Talking's callback (JSON instead of a form).</summary>
/// <param name="Text">Everything typed in this call so far, joined by <c>*</c>; empty when dialling.</param>
public sealed record SimulatorHop(string? SessionId, string? PhoneNumber, string? ServiceCode, string? Text);
