using Dapper;
using UssdGateway.Tests.Support;

namespace UssdGateway.Tests.Conversations;

/// <summary>The same person registering from two sessions at once is written once.</summary>
public sealed class DoubleRegistrationRaceTests(GatewayFactory factory) : IClassFixture<GatewayFactory>
{
    [Fact]
    public async Task ConcurrentConfirmations_RegisterThePersonOnce_AndTellTheOthersTheyAreRegistered()
    {
        using var client = factory.CreateClient();
        var number = TestPhones.Next();
        var phones = Enumerable.Range(0, 8).Select(_ => new UssdPhone(client, number)).ToList();
        // All sessions start before anyone registers, so none is stopped at the "already registered" screen.
        var first = phones[0];
        await first.DialAsync();
        await first.SendAsync("1"); // French, remembered for the number
        foreach (var phone in phones.Skip(1)) await phone.DialAsync();
        foreach (var phone in phones)
            (await phone.SendAllAsync(phone == first ? ["1", "1", "Kadiatou Sangaré", "1", "2002", "6", "1", "1"]
                                                     : ["1", "1", "Kadiatou Sangaré", "1", "2002", "6", "1", "1"]))
                .Should().StartWith("CON Kadiatou Sangaré, Une femme, 2002");

        var replies = await Task.WhenAll(phones.Select(p => p.SendAsync("1")));

        replies.Count(r => r.StartsWith("END Merci Kadiatou Sangaré!", StringComparison.Ordinal)).Should().Be(1);
        replies.Count(r => r == "END Kadiatou Sangaré est déjà inscrit(e) sur ce numéro. Merci!").Should().Be(phones.Count - 1);
        using var db = factory.OpenDatabase();
        (await db.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM beneficiaries WHERE phone_e164 = @Phone", new { Phone = number }))
            .Should().Be(1);
    }
}
