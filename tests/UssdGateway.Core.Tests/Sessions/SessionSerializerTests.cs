using System.Text;
using System.Text.Json;
using UssdGateway.Core.Sessions;

namespace UssdGateway.Core.Tests.Sessions;

public sealed class SessionSerializerTests
{
    [Fact]
    public void Deserialize_GivesBackEveryField_WhenSerialised()
    {
        var session = new UssdSession
        {
            Provider = "africastalking",
            SessionId = "ATUid_1",
            Phone = "+22376123456",
            ServiceCode = "*384*123#",
            Network = "61001",
            MenuId = "renapess",
            MenuVersion = "0123456789abcdef",
            Language = "bm",
            Screen = "ask_region",
            Page = 2,
            History = ["welcome", "consent", "ask_name"],
            Vars = new() { ["full_name"] = "Awa Traoré", ["language"] = "bm", ["empty"] = "" },
            Items = [new("Ségou", "Ségou"), new("Kayes", "Kayes")],
            Attempts = 1,
            Consumed = 7,
            LastText = "1*1*Awa Traoré",
            LastReply = "I bɔra mara jumɛn na?",
            LastReplyEnds = true,
            Ended = true,
            Hops = 9,
            StartedAt = new DateTimeOffset(2026, 11, 29, 10, 0, 0, TimeSpan.Zero),
            UpdatedAt = new DateTimeOffset(2026, 11, 29, 10, 1, 30, 250, TimeSpan.Zero),
            Version = 42,
            IsTest = true,
            Resumable = new UssdSession { SessionId = "ATUid_0", Screen = "ask_name", Vars = new() { ["consent"] = "yes" }, History = ["welcome"] },
        };

        var copy = SessionSerializer.Deserialize(SessionSerializer.Serialize(session));

        copy.Should().BeEquivalentTo(session);
        copy!.Key.Should().Be("africastalking:ATUid_1");
        var blank = new UssdSession();
        foreach (var property in typeof(UssdSession).GetProperties().Where(p => p.CanWrite))
            JsonSerializer.Serialize(property.GetValue(session)).Should().NotBe(
                JsonSerializer.Serialize(property.GetValue(blank)), $"{property.Name} needs a value other than its default in this test");
    }

    [Fact]
    public void Deserialize_KeepsNullsNull_WhenFieldsWereNotSet()
    {
        var copy = SessionSerializer.Deserialize(SessionSerializer.Serialize(new UssdSession { Provider = "p", SessionId = "s" }))!;

        copy.Network.Should().BeNull();
        copy.Items.Should().BeNull();
        copy.LastText.Should().BeNull();
        copy.Resumable.Should().BeNull();
        copy.Vars.Should().BeEmpty();
    }

    [Fact]
    public void Deserialize_ReadsJson_WrittenByEarlierReleases()
    {
        var json = Encoding.UTF8.GetBytes("""{"Provider":"p","SessionId":"s","Screen":"welcome","Vars":{"name":"Awa"},"Version":3}""");

        var session = SessionSerializer.Deserialize(json)!;

        session.Screen.Should().Be("welcome");
        session.Vars["name"].Should().Be("Awa");
        session.Version.Should().Be(3);
    }

    [Fact]
    public void Serialize_IsSmallerThanJson_ForAMidWalkSession()
    {
        var session = new UssdSession
        {
            Provider = "africastalking", SessionId = "ATUid_0123456789abcdef", Phone = "+22376123456", ServiceCode = "*384*123#",
            MenuId = "renapess", MenuVersion = "0123456789abcdef", Language = "bm", Screen = "ask_region",
            History = ["welcome", "consent", "ask_name", "ask_gender"],
            Vars = new() { ["full_name"] = "Awa Traoré", ["gender"] = "F", ["gender_label"] = "Muso", ["consent"] = "yes" },
            LastText = "1*1*1*Awa Traoré*1", LastReply = "I bɔra mara jumɛn na?",
        };

        SessionSerializer.Serialize(session).Length.Should().BeLessThan(Encoding.UTF8.GetByteCount(SessionSerializer.ToJson(session)) / 2 + 40);
    }

    [Fact]
    public void Deserialize_ReturnsNull_WhenThereAreNoBytes()
    {
        SessionSerializer.Deserialize([]).Should().BeNull();
    }

    [Fact]
    public void KeyFor_JoinsProviderAndSessionId_WithAColon()
    {
        UssdSession.KeyFor("twilio", "abc").Should().Be("twilio:abc");
    }
}
