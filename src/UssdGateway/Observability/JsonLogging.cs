namespace UssdGateway.Observability;

/// <summary>
/// <c>Logging:Format</c>: <c>json</c> (one JSON object a line, UTC timestamps, scopes with the trace and span ids) or
/// <c>simple</c> (the readable console). Unset: JSON in Production, the readable console elsewhere.
/// </summary>
public static class JsonLogging
{
    public const string FormatKey = "Logging:Format";

    public static bool IsWanted(IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);
        var format = configuration[FormatKey]?.Trim();
        if (string.IsNullOrEmpty(format)) return environment.IsProduction();
        if (format.Equals("json", StringComparison.OrdinalIgnoreCase)) return true;
        if (format.Equals("simple", StringComparison.OrdinalIgnoreCase)) return false;
        throw new InvalidOperationException($"{FormatKey} is '{format}': use json or simple.");
    }

    public static ILoggingBuilder AddGatewayJsonConsole(this ILoggingBuilder logging) =>
        logging.AddJsonConsole(o =>
        {
            o.IncludeScopes = true;
            o.UseUtcTimestamp = true;
            o.TimestampFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";
            o.JsonWriterOptions = new System.Text.Json.JsonWriterOptions { Indented = false };
        });
}
