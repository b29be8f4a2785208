namespace UssdGateway.Admin.Dashboard;

/// <summary>One bar: a stable key (a code), the label shown and the value.</summary>
public sealed record ChartBar(string Key, string Label, long Value);
