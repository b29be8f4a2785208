namespace UssdGateway.Core.Sessions;

/// <summary>One screen of a day's funnel: sessions that reached it, and sessions whose last hop stood on it without an END.</summary>
public sealed record ScreenFunnelRow(string MenuId, string Screen, int Entries, int DropOffs);
