namespace UssdGateway.Infrastructure.Observability;

/// <summary>The <c>Metrics</c> section: who may scrape <c>/metrics</c> and how fresh the database-read gauges are.</summary>
public sealed class MetricsOptions
{
    public const string SectionName = "Metrics";

    /// <summary>
    /// The bearer token Prometheus sends (<c>Authorization: Bearer …</c>). Unset: <c>/metrics</c> is not served at all (404).
    /// </summary>
    public string? Token { get; set; }

    /// <summary>Where the Prometheus text is served.</summary>
    public string Path { get; set; } = "/metrics";

    /// <summary>The outbox backlog is counted in the database at most this often; scrapes in between get the last count.</summary>
    public int BacklogRefreshSeconds { get; set; } = 15;
}
