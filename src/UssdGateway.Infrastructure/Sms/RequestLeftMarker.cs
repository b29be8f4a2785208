namespace UssdGateway.Infrastructure.Sms;

/// <summary>
/// Sits inside the retry (closest to the network) and marks on the request whether any attempt may have left: set when
/// an attempt starts, cleared when it fails to connect. A sender whose time runs out during a retry's pause then knows
/// that nothing left (not sent, safe to try later) rather than guessing it may have been sent.
/// </summary>
internal sealed class RequestLeftMarker : DelegatingHandler
{
    public static readonly HttpRequestOptionsKey<bool> Key = new("ussdgw.request-left");

    /// <summary>True when an attempt of <paramref name="request"/> may have reached the provider.</summary>
    public static bool MayHaveLeft(HttpRequestMessage request) => !request.Options.TryGetValue(Key, out var left) || left;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Options.Set(Key, true);
        try
        {
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException e) when (e.HttpRequestError is HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError)
        {
            request.Options.Set(Key, false);
            throw;
        }
    }
}
