using System.Diagnostics;
using System.Net;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using UssdGateway.Tests.Support;
using Xunit.Abstractions;

namespace UssdGateway.Tests.Channels.Fuzz;

/// <summary>
/// Issue 10's bad-input sweep: more than 10,000 generated bodies over the six webhooks of the real app (in-memory test
/// server, both SMS providers configured, an Africa's Talking token set): never a 5xx, every 4xx with its reason, and the
/// service still serves a caller afterwards.
/// </summary>
public sealed class WebhookFuzzTests(ITestOutputHelper output)
{
    private const int Seed = 20261129;
    private const int Count = 10_200;
    private const string Token = "fuzz-token-0123";

    [Fact]
    public async Task Post_NeverAnswers5xxAndEvery4xxHasAReason_ForTenThousandGeneratedBodies()
    {
        var logs = new CapturedLogs();
        using var factory = SmsGateway.Create(
            new Dictionary<string, string?>
            {
                ["Webhooks:AfricasTalking:Token"] = Token,
                ["Webhooks:RateLimits:UssdHopsPerMinute"] = "60", // the shipped defaults: the generator's few numbers reach them
                ["Webhooks:RateLimits:SmsPerMinute"] = "20",
            },
            services => services.AddSingleton<ILoggerProvider>(logs));
        using var client = factory.CreateClient();
        var cases = new WebhookBodyGenerator(Seed, Token).Generate(Count);
        var results = new (HttpStatusCode Status, string Body)[cases.Count];
        var clock = Stopwatch.StartNew();

        await Parallel.ForEachAsync(cases, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (fuzz, cancellationToken) =>
        {
            using var request = Request(fuzz);
            using var response = await client.SendAsync(request, cancellationToken);
            results[fuzz.Index] = (response.StatusCode, await response.Content.ReadAsStringAsync(cancellationToken));
        });
        clock.Stop();

        Report(cases, results, clock.Elapsed);
        using (var db = factory.OpenDatabase())
            output.WriteLine("inbound SMS stored: " + string.Join(", ", (await db.QueryAsync<(string Status, string? Outcome, long Count)>(
                "SELECT status, outcome, COUNT(*) FROM sms_inbox GROUP BY status, outcome ORDER BY status, outcome")).Select(r => $"{r.Status}/{r.Outcome ?? "-"}: {r.Count}")));
        var failures = cases
            .Select(c => (Case: c, Result: results[c.Index]))
            .Where(r => (int)r.Result.Status >= 500 || ((int)r.Result.Status >= 400 && !IsShortReason(r.Result.Body)))
            .Select(r => $"#{r.Case.Index} {r.Case.Path} [{r.Case.Kind}] {r.Case.ContentType ?? "(none)"} → {(int)r.Result.Status} '{r.Result.Body}' body: {r.Case.Preview}")
            .ToList();
        foreach (var failure in failures.Take(50)) output.WriteLine("FAILURE " + failure);
        failures.Should().BeEmpty("no webhook may answer 5xx, or a 4xx without a short one-line reason");
        results.Should().Contain(r => r.Status == HttpStatusCode.OK, "valid bodies were generated too");
        logs.Entries.Where(e => e.Level >= LogLevel.Error).Select(e => e.ToString()).Should()
            .BeEmpty("no failure may be hidden behind an answer (the USSD webhook answers END even to a crash)");

        using var after = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["sessionId"] = "ATUid_after_fuzz", ["serviceCode"] = "*384*123#", ["phoneNumber"] = "+22376999001", ["text"] = "",
        });
        using var last = await client.PostAsync("/webhooks/africastalking/ussd?token=" + Token, after);
        last.StatusCode.Should().Be(HttpStatusCode.OK);
        (await last.Content.ReadAsStringAsync()).Should().StartWith("CON ");
    }

    [Fact]
    public void Generate_GivesTheSameBodies_ForTheSameSeed()
    {
        var first = new WebhookBodyGenerator(Seed, Token).Generate(300);
        var second = new WebhookBodyGenerator(Seed, Token).Generate(300);

        first.Select(c => (c.Path, c.Kind, c.ContentType, c.Query, c.TwilioSignature, Convert.ToBase64String(c.Body)))
            .Should().Equal(second.Select(c => (c.Path, c.Kind, c.ContentType, c.Query, c.TwilioSignature, Convert.ToBase64String(c.Body))));
    }

    private static bool IsShortReason(string body) => !string.IsNullOrWhiteSpace(body) && body.Length <= 200 && !body.Contains('\n', StringComparison.Ordinal);

    private static HttpRequestMessage Request(WebhookFuzzCase fuzz)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, fuzz.Path + fuzz.Query)
        {
            Content = fuzz.Chunked ? new UnknownLengthContent(fuzz.Body) : new ByteArrayContent(fuzz.Body),
        };
        if (fuzz.ContentType is not null) request.Content.Headers.TryAddWithoutValidation("Content-Type", fuzz.ContentType);
        if (fuzz.TwilioSignature is not null) request.Headers.TryAddWithoutValidation("X-Twilio-Signature", fuzz.TwilioSignature);
        return request;
    }

    /// <summary>Sent without a Content-Length: the webhook counts the body itself.</summary>
    private sealed class UnknownLengthContent(byte[] bytes) : HttpContent
    {
        protected override Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context) => stream.WriteAsync(bytes).AsTask();

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }

    private void Report(IReadOnlyList<WebhookFuzzCase> cases, (HttpStatusCode Status, string Body)[] results, TimeSpan elapsed)
    {
        output.WriteLine($"{cases.Count} bodies ({cases.Sum(c => (long)c.Body.Length) / 1024} KB) in {elapsed.TotalSeconds:F1} s, seed {Seed}");
        foreach (var path in cases.GroupBy(c => c.Path))
        {
            var statuses = path.GroupBy(c => (int)results[c.Index].Status).OrderBy(g => g.Key).Select(g => $"{g.Key}: {g.Count()}");
            output.WriteLine($"{path.Key,-40} {path.Count(),5}  {string.Join(", ", statuses)}");
        }
        output.WriteLine("by status: " + string.Join(", ", results.GroupBy(r => (int)r.Status).OrderBy(g => g.Key).Select(g => $"{g.Key}: {g.Count()}")));
        output.WriteLine("by kind: " + string.Join(", ", cases.GroupBy(c => c.Kind).OrderBy(g => g.Key).Select(g => $"{g.Key}: {g.Count()}")));
        output.WriteLine($"USSD hops refused by the rate limit (END, engine not run): {results.Count(r => r.Body.StartsWith("END Trop de demandes", StringComparison.Ordinal))}");
        output.WriteLine("most frequent 4xx reasons:");
        foreach (var reason in results.Where(r => (int)r.Status >= 400).GroupBy(r => $"{(int)r.Status} {Shorten(r.Body)}").OrderByDescending(g => g.Count()).Take(25))
            output.WriteLine($"  {reason.Count(),5}  {reason.Key}");
    }

    private static string Shorten(string text)
    {
        var line = text.Split('\n')[0];
        return line.Length > 90 ? line[..90] + "…" : line;
    }
}
