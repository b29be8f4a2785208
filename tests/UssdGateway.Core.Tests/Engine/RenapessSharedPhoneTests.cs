using UssdGateway.Core.Engine;
using UssdGateway.Core.Tests.Support;

namespace UssdGateway.Core.Tests.Engine;

/// <summary>A family sharing one phone: when several people are registered on the number, the menu asks who is calling.</summary>
public sealed class RenapessSharedPhoneTests
{
    private readonly EngineHarness _harness = EngineHarness.ForShippedMenus().Remember("fr");

    [Fact]
    public async Task Dial_AsksWhoIsCalling_AndGreetsThePersonChosen_WhenSeveralShareTheNumber()
    {
        _harness.Beneficiaries.Add(EngineHarness.Phone, "Awa Traoré");
        var brother = _harness.Beneficiaries.Add(EngineHarness.Phone, "Moussa Traoré");

        (await _harness.SendAsync("")).Should().Be(new UssdReply(
            "Plusieurs personnes sont inscrites sur ce numéro. Qui appelle?\n1. Awa Traoré\n2. Moussa Traoré", End: false));
        var welcome = await _harness.SendAsync("2");

        welcome.Text.Should().StartWith("Ce numéro est déjà inscrit (Moussa Traoré).");
        _harness.Session()!.Vars["caller_id"].Should().Be(brother.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Dial_GoesStraightToTheWelcome_WhenOnePersonIsRegistered()
    {
        _harness.Beneficiaries.Add(EngineHarness.Phone, "Awa Traoré");

        (await _harness.SendAsync("")).Text.Should().StartWith("Ce numéro est déjà inscrit (Awa Traoré).");
    }
}
