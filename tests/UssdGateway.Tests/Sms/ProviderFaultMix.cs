using System.Collections.Concurrent;
using Microsoft.AspNetCore.Http;

namespace UssdGateway.Tests.Sms;

/// <summary>
/// A fake provider's answers, mixed by request number: most accepted, some 500 and 503 (not sent: retried), a few
/// taken and never answered (a timeout after accepting: it may have been sent). Counts, per recipient, the requests the
/// provider may have sent (accepted or taken), so a message handed over twice shows.
/// </summary>
internal sealed class ProviderFaultMix(FakeAfricasTalking provider)
{
    private int _requests;

    public ConcurrentDictionary<string, int> MaybeSent { get; } = new();

    public ConcurrentDictionary<string, int> Accepted { get; } = new();

    public int Requests => Volatile.Read(ref _requests);

    public int Http500 { get => Volatile.Read(ref _http500); }

    public int Http503 { get => Volatile.Read(ref _http503); }

    public int Hangs { get => Volatile.Read(ref _hangs); }

    private int _http500;
    private int _http503;
    private int _hangs;

    public async Task AnswerAsync(HttpContext context)
    {
        var n = Interlocked.Increment(ref _requests);
        var to = (await context.Request.ReadFormAsync())["to"].ToString();
        if (n % 100 == 50)
        {
            Interlocked.Increment(ref _hangs);
            MaybeSent.AddOrUpdate(to, 1, (_, c) => c + 1);
            await provider.Hang()(context);
        }
        else if (n % 10 == 3)
        {
            Interlocked.Increment(ref _http500);
            await FakeAfricasTalking.Status(500)(context);
        }
        else if (n % 10 == 7)
        {
            Interlocked.Increment(ref _http503);
            await FakeAfricasTalking.Status(503, "Service Unavailable")(context);
        }
        else
        {
            MaybeSent.AddOrUpdate(to, 1, (_, c) => c + 1);
            Accepted.AddOrUpdate(to, 1, (_, c) => c + 1);
            await FakeAfricasTalking.Accepted(101)(context);
        }
    }
}
