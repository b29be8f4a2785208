using UssdGateway.Core.Sessions;

namespace UssdGateway.Infrastructure.Tests.Sessions;

internal static class SessionSamples
{
    /// <summary>A session with every property set to a non-default value, holding a resumable session that is as full.</summary>
    public static UssdSession Full(string sessionId = "ATUid_1") => Build(sessionId, resumable: Build("ATUid_earlier", resumable: null));

    /// <summary>The resume key of <see cref="Full"/>'s phone and menu.</summary>
    public static string ResumeKey => UssdSession.ResumeKeyFor("+22376123456", "renapess");

    private static UssdSession Build(string sessionId, UssdSession? resumable) => new()
    {
        Provider = "africastalking",
        SessionId = sessionId,
        Phone = "+22376123456",
        ServiceCode = "*384*123#",
        Network = "Orange Mali",
        MenuId = "renapess",
        MenuVersion = "sha256:4f2a9c",
        Language = "bm",
        Screen = resumable is null ? "ask_birth_year" : "ask_commune",
        Page = 2,
        History = ["welcome", "ask_name"],
        Vars = new Dictionary<string, string>(StringComparer.Ordinal) { ["full_name"] = "Awa Traoré", ["commune"] = "Commune IV" },
        Items = [new SessionListItem("17", "07/12 Hamdallaye"), new SessionListItem("18", "08/12 Faladié")],
        Attempts = 1,
        Consumed = 3,
        LastText = "1*Awa Traoré*4",
        LastReply = "CON Choisissez votre commune",
        LastReplyEnds = true,
        Ended = true,
        Hops = 4,
        StartedAt = new DateTimeOffset(2026, 12, 7, 8, 30, 0, TimeSpan.Zero),
        UpdatedAt = new DateTimeOffset(2026, 12, 7, 8, 31, 12, 345, TimeSpan.FromHours(1)),
        Version = 7,
        IsTest = true,
        Resumable = resumable,
    };
}
