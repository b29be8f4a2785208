namespace UssdGateway.Admin.Simulator;

/// <summary>What the simulated phone shows: the screen, whether the call is over, and its encoding and size.</summary>
/// <param name="Size">E.g. <c>[GSM-7 · 112/160 septets]</c>.</param>
public sealed record SimulatorScreen(string Text, bool End, string Size);
