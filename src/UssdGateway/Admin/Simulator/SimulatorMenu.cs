namespace UssdGateway.Admin.Simulator;

/// <summary>A menu the simulator can dial.</summary>
public sealed record SimulatorMenu(string Id, string ServiceCode, IReadOnlyList<string> Languages);
