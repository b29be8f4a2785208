using Twilio.Http;

namespace UssdGateway.Infrastructure.Sms;

/// <summary>
/// The Twilio SDK sends to its own fixed host: this <see cref="Twilio.Http.HttpClient"/> sends each request, path and
/// query unchanged, to <c>Sms:Twilio:BaseUrl</c> instead (a proxy, or a local fake in tests).
/// </summary>
public sealed class TwilioBaseUrlHttpClient(System.Net.Http.HttpClient http, Uri baseUrl) : SystemNetHttpClient(http)
{
    public override Task<Response> MakeRequestAsync(Request request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var target = new Uri(baseUrl, request.ConstructUrl().PathAndQuery);
        var rewritten = new Request(request.Method, target.ToString());
        rewritten.SetAuth(request.Username, request.Password);
        foreach (var (name, value) in request.PostParams) rewritten.AddPostParam(name, value);
        foreach (var (name, value) in request.HeaderParams) rewritten.AddHeaderParam(name, value);
        return base.MakeRequestAsync(rewritten);
    }

    public override Response MakeRequest(Request request) => MakeRequestAsync(request).GetAwaiter().GetResult();
}
