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
    public void Serialize_LeavesFieldsOut_WhenTheyAreNull()
    {
        var json = Encoding.UTF8.GetString(SessionSerializer.Serialize(new UssdSession { Provider = "p", SessionId = "s" }));

        json.Should().NotContain("Network").And.NotContain("Items").And.NotContain("LastText").And.NotContain("null");
        SessionSerializer.Deserialize(Encoding.UTF8.GetBytes(json))!.Items.Should().BeNull();
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
