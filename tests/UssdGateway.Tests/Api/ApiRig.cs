using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using UssdGateway.Core.Accounts;
using UssdGateway.Core.Programme;
using UssdGateway.Tests.Support;

namespace UssdGateway.Tests.Api;

/// <summary>A host with no job server (messages stay queued for the test to read), clients holding API keys, and a booked session.</summary>
internal sealed class ApiRig : IDisposable
{
    private ApiRig(GatewayFactory factory) => Factory = factory;

    public GatewayFactory Factory { get; }

    public static ApiRig Start() => new(SmsGateway.Create());

    public async Task<HttpClient> ClientAsync(StaffRole role)
    {
        var key = await Factory.Services.GetRequiredService<IApiKeys>().CreateAsync(role + "-" + Guid.NewGuid().ToString("N")[..6], role, "test");
        var client = Factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", key!.Key);
        return client;
    }

    /// <summary>A cohort whose session (in two days) has a French and a Bambara speaker booked; their numbers.</summary>
    public async Task<(long Cohort, long Session, string Fr, string Bm)> BookedSessionAsync()
    {
        var services = Factory.Services;
        var staff = ProgrammeActor.Staff("test");
        var training = services.GetRequiredService<ITrainingRepository>();
        var cohort = await training.CreateCohortAsync(new NewTrainingCohort(
            "Cohorte " + Guid.NewGuid().ToString("N")[..6], "IV", "food", DateOnly.FromDateTime(DateTime.UtcNow), DateOnly.FromDateTime(DateTime.UtcNow.AddDays(60)), false), staff);
        var session = await training.AddSessionAsync(new NewTrainingSession(
            cohort, DateTimeOffset.UtcNow.AddDays(2).Date.AddHours(9), "Maison des jeunes", "fr", 20, "Mme Diarra", false), staff);
        var phones = new List<string>();
        foreach (var (name, language) in new[] { ("Awa Traoré", "fr"), ("Bakary Keita", "bm") })
        {
            var phone = TestPhones.Next();
            var registered = await services.GetRequiredService<IBeneficiaryRepository>().RegisterAsync(new BeneficiaryRegistration(
                phone, name, "F", 2004, "IV", "Ségou", "food", language, DateTimeOffset.UtcNow, "v1", "ussd", null, false));
            await training.BookAsync(session, registered.BeneficiaryId, staff);
            phones.Add(phone);
        }
        return (cohort, session, phones[0], phones[1]);
    }

    public static JsonContent Json(object body) => JsonContent.Create(body);

    /// <summary>GETs <paramref name="path"/>, expects 200 (the body in the failure message otherwise) and parses the JSON.</summary>
    public static async Task<JsonDocument> ReadJsonAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(HttpStatusCode.OK, text);
        return JsonDocument.Parse(text);
    }

    public void Dispose() => Factory.Dispose();
}
