namespace UssdGateway.Core.Programme;

/// <summary>How many registrations carry one value (a commune code, a sector code, an age band…).</summary>
public sealed record FigureCount(string Key, int Count);
