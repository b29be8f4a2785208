namespace UssdGateway.Admin.Security;

/// <summary>
/// Headers on every console and API response: never framed by another site (the forms cannot be clickjacked), no
/// content sniffing, no referrer leaving the site, nothing kept in shared caches (pages show personal data). Scripts
/// and styles may be inline (the simulator's), never from elsewhere.
/// </summary>
internal static class ConsoleResponseHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
        "frame-ancestors 'none'; form-action 'self'; base-uri 'none'";

    public static void Apply(HttpResponse response)
    {
        var headers = response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XFrameOptions = "DENY";
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "same-origin";
        headers.CacheControl = "no-store";
    }
}
