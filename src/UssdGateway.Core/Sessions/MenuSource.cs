namespace UssdGateway.Core.Sessions;

/// <summary>A stored menu version: the file it came from and its text.</summary>
public sealed record MenuSource(string FileName, string Source);
