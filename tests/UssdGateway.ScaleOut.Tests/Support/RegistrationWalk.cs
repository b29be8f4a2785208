using System.Diagnostics;

namespace UssdGateway.ScaleOut.Tests.Support;

/// <summary>
/// One caller registering on the shipped RENAPESS menu, hop by hop as Africa's Talking relays it (one session id, the
/// cumulative <c>text</c>): language, register, consent, name, gender, birth year, commune, region, sector, confirm.
/// Each hop's latency goes to <see cref="HopTimings"/>; the walk stops at the first reply that is not the expected kind.
/// </summary>
internal sealed class RegistrationWalk(HttpClient client, string phoneNumber, string name, HopTimings timings)
{
    public const string ServiceCode = "*384*123#";

    /// <summary>The answers after dialling; all but the last get a <c>CON</c>, the last the END of the registration.</summary>
    private string[] Answers => ["1", "1", "1", name, "1", "2004", "2", "6", "1", "1"];

    public string PhoneNumber => phoneNumber;

    public string SessionId { get; } = "ATUid_" + Guid.NewGuid().ToString("N");

    /// <summary>The last reply the caller saw.</summary>
    public string LastReply { get; private set; } = "";

    /// <summary>Why the walk stopped early, when it did.</summary>
    public string? Failure { get; private set; }

    public bool Registered => LastReply.StartsWith("END Merci " + name, StringComparison.Ordinal);

    /// <summary>The END telling the caller they are already registered (a hop retried after its instance died past the insert).</summary>
    public bool AlreadyRegistered => LastReply.StartsWith("END " + name + " est déjà inscrit", StringComparison.Ordinal);

    public async Task RunAsync()
    {
        var typed = new List<string>();
        if (!await HopAsync(typed, expectEnd: false)) return;
        var answers = Answers;
        for (var i = 0; i < answers.Length; i++)
        {
            typed.Add(answers[i]);
            if (!await HopAsync(typed, expectEnd: i == answers.Length - 1)) return;
        }
    }

    private async Task<bool> HopAsync(List<string> typed, bool expectEnd)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            using var response = await client.PostAsync("/webhooks/africastalking/ussd", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["sessionId"] = SessionId,
                ["serviceCode"] = ServiceCode,
                ["phoneNumber"] = phoneNumber,
                ["networkCode"] = "61002",
                ["text"] = string.Join('*', typed),
            }));
            LastReply = await response.Content.ReadAsStringAsync();
            timings.Record(Stopwatch.GetElapsedTime(started));
            if ((int)response.StatusCode != 200) return Fail($"hop {typed.Count}: HTTP {(int)response.StatusCode} {LastReply}");
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return Fail($"hop {typed.Count}: {e.GetType().Name} {e.Message}");
        }
        var prefix = expectEnd ? "END " : "CON ";
        return LastReply.StartsWith(prefix, StringComparison.Ordinal) || Fail($"hop {typed.Count}: expected {prefix.Trim()}, got: {LastReply}");
    }

    private bool Fail(string reason)
    {
        Failure = reason;
        return false;
    }
}
