using System.Net;

namespace UssdGateway.Tests.Support;

/// <summary>
/// A feature phone talking to the gateway the way Africa's Talking relays it: one session id,
/// the cumulative <c>text</c> of everything typed, one POST per hop.
/// </summary>
public sealed class UssdPhone(HttpClient client, string phoneNumber, string serviceCode = UssdPhone.ShortCode)
{
    public const string ShortCode = "*384*123#";
    private readonly List<string> _typed = [];

    public string SessionId { get; private set; } = NewSessionId();

    public string PhoneNumber => phoneNumber;

    /// <summary>Dials the short code: a new session, empty text.</summary>
    public Task<string> DialAsync()
    {
        SessionId = NewSessionId();
        _typed.Clear();
        return HopAsync();
    }

    /// <summary>Types one answer and sends it; returns the wire body (<c>CON …</c>/<c>END …</c>).</summary>
    public Task<string> SendAsync(string input)
    {
        _typed.Add(input);
        return HopAsync();
    }

    /// <summary>Carries on another phone object's session (the same call reaching another instance).</summary>
    public void Continue(UssdPhone other)
    {
        SessionId = other.SessionId;
        _typed.Clear();
        _typed.AddRange(other._typed);
    }

    /// <summary>Sends the same text again, as a telco retry would.</summary>
    public Task<string> RetryAsync() => HopAsync();

    /// <summary>Answers several screens in a row; returns the last reply.</summary>
    public async Task<string> SendAllAsync(params string[] inputs)
    {
        var reply = "";
        foreach (var input in inputs) reply = await SendAsync(input);
        return reply;
    }

    private async Task<string> HopAsync()
    {
        using var response = await client.PostAsync("/webhooks/africastalking/ussd", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["sessionId"] = SessionId,
            ["serviceCode"] = serviceCode,
            ["phoneNumber"] = phoneNumber,
            ["networkCode"] = "61002",
            ["text"] = string.Join('*', _typed),
        }));
        var body = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != HttpStatusCode.OK)
            throw new InvalidOperationException($"webhook answered {(int)response.StatusCode}: {body}");
        return body;
    }

    private static string NewSessionId() => "ATUid_" + Guid.NewGuid().ToString("N");
}
