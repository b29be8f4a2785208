using Dapper;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using UssdGateway.Core.Sessions;
using UssdGateway.Infrastructure.Data;
using UssdGateway.Infrastructure.Hops;

namespace UssdGateway.Infrastructure.Tests.Hops;

/// <summary>
/// What the hop log's table, the session-end log and the funnel reader must do in every dialect. Derived classes
/// give a database; a dialect whose facts need a server overrides each test to change its attribute (see SqlServer).
/// Menu and session ids are unique per test, so a shared database is fine.
/// </summary>
public abstract class HopStorageContract : IAsyncLifetime
{
    protected static readonly DateOnly Day = new(2026, 12, 7);
    protected static readonly DateTimeOffset Midnight = new(2026, 12, 7, 0, 0, 0, TimeSpan.Zero);

    private readonly string _unique = Guid.NewGuid().ToString("N")[..8];

    protected abstract IDbConnectionFactory Connections { get; }

    /// <summary>This test's menu id, e.g. <c>renapess-3f2a9c1b</c>.</summary>
    protected string Menu => "renapess-" + _unique;

    protected string OtherMenu => "other-" + _unique;

    /// <summary>A session id of this test.</summary>
    protected string Session(string name) => $"{_unique}_{name}";

    protected ISessionEndLog Ends => new SessionEndLog(Connections);

    protected IFunnelReader Funnel => new FunnelReader(Connections);

    public virtual async Task InitializeAsync() => await new DatabaseMigrator(Connections).MigrateAsync();

    public virtual Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public virtual async Task BufferedHopLog_StoresEveryField_WhenItWritesAHop()
    {
        var time = new FakeTimeProvider(Midnight);
        using var log = new BufferedHopLog(Connections, Options.Create(new HopLogOptions()), time);
        var hop = new HopRecord(
            new DateTimeOffset(2026, 12, 7, 9, 15, 30, 123, TimeSpan.FromHours(1)), "africastalking", Session("fields"), Menu,
            "sha256:4f2a9c", "ask_name", HopInputKind.Answer, HopOutcome.TooManyAttempts, 3.25, IsTest: true);
        log.Record(hop);

        await log.StartAsync(CancellationToken.None);
        await log.StopAsync(CancellationToken.None);

        await using var connection = await Connections.OpenAsync();
        var row = await connection.QuerySingleAsync<StoredHop>(
            $"""
            SELECT at AS At, provider AS Provider, session_id AS SessionId, menu_id AS MenuId, menu_version AS MenuVersion,
                   screen AS Screen, input_kind AS InputKind, outcome AS Outcome, latency_ms AS LatencyMs, is_test AS IsTest
            FROM {Table("ussd_hops")} WHERE session_id = @SessionId;
            """,
            new { hop.SessionId });
        DbTimestamp.Read(row.At).Should().Be(hop.At);
        DbTimestamp.Read(row.At).Offset.Should().Be(TimeSpan.Zero);
        row.Should().BeEquivalentTo(new
        {
            Provider = "africastalking", hop.SessionId, MenuId = Menu, MenuVersion = "sha256:4f2a9c", Screen = "ask_name",
            InputKind = "Answer", Outcome = "TooManyAttempts", LatencyMs = 3.25, IsTest = true,
        });
    }

    [Fact]
    public virtual async Task RecordAsync_ReturnsTrueAndStoresEveryField_WhenSessionEndIsNew()
    {
        var end = NewEnd("new");

        (await Ends.RecordAsync(end)).Should().BeTrue();

        var stored = await ReadEndAsync(end.SessionId);
        stored.Should().BeEquivalentTo(new
        {
            end.Provider, end.SessionId, Phone = "+22376123456", ServiceCode = "*384*123#", NetworkCode = "61002",
            Status = "Incomplete", DurationMs = 45_250L, Hops = 6, Cost = "XOF 10.0000", ErrorMessage = "User timeout",
        });
        DbTimestamp.Read(stored.EndedAt!).Should().Be(end.EndedAt!.Value);
        DbTimestamp.Read(stored.ReceivedAt).Should().Be(end.ReceivedAt);
    }

    [Fact]
    public virtual async Task RecordAsync_ReturnsFalseAndKeepsTheFirst_WhenTheSameSessionEndArrivesAgain()
    {
        var end = NewEnd("twice");
        await Ends.RecordAsync(end);

        var again = await Ends.RecordAsync(end with { Status = "Success", Hops = 9 });

        again.Should().BeFalse();
        var stored = await ReadEndAsync(end.SessionId);
        stored.Status.Should().Be("Incomplete");
        stored.Hops.Should().Be(6);
    }

    [Fact]
    public virtual async Task RecordAsync_KeepsBoth_WhenAnotherProviderHasTheSameSessionId()
    {
        var end = NewEnd("shared");

        (await Ends.RecordAsync(end)).Should().BeTrue();
        (await Ends.RecordAsync(end with { Provider = "othertelco" })).Should().BeTrue();
    }

    [Fact]
    public virtual async Task RecordAsync_RecordsOnce_WhenTwentyCopiesArriveConcurrently()
    {
        var end = NewEnd("race");
        var ends = Ends;

        var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() => ends.RecordAsync(end))));

        results.Count(r => r).Should().Be(1);
        await using var connection = await Connections.OpenAsync();
        (await connection.ExecuteScalarAsync<long>(
            $"SELECT COUNT(*) FROM {Table("ussd_session_ends")} WHERE session_id = @SessionId;", new { end.SessionId })).Should().Be(1);
    }

    [Fact]
    public virtual async Task RecordAsync_StoresNulls_WhenOptionalFieldsAreMissing()
    {
        var end = new SessionEnd("africastalking", Session("sparse"), null, null, null, "Failed", null, null, null, null, null, Midnight);

        (await Ends.RecordAsync(end)).Should().BeTrue();

        var stored = await ReadEndAsync(end.SessionId);
        stored.Should().BeEquivalentTo(new { Phone = (string?)null, DurationMs = (long?)null, Hops = (int?)null, EndedAt = (object?)null, Status = "Failed" });
    }

    [Fact]
    public virtual async Task RecordAsync_ClipsText_WhenLongerThanItsColumn()
    {
        var end = NewEnd("long") with { ErrorMessage = new string('x', 5000), Cost = new string('9', 200) };

        (await Ends.RecordAsync(end)).Should().BeTrue();

        var stored = await ReadEndAsync(end.SessionId);
        stored.ErrorMessage.Should().HaveLength(SessionEndLog.ErrorMessageLength);
        stored.Cost.Should().HaveLength(SessionEndLog.CostLength);
    }

    [Fact]
    public virtual async Task GetFunnelAsync_CountsEntriesAndDropOffsPerScreen_WhenADayOfHopsIsLogged()
    {
        await Hops.InsertAsync(Connections, DayOfHops());

        var funnel = await Funnel.GetFunnelAsync(Day, Menu);

        funnel.Should().Equal(
            new ScreenFunnelRow(Menu, "welcome", 7, 2),
            new ScreenFunnelRow(Menu, "ask_name", 4, 2),
            new ScreenFunnelRow(Menu, "thanks", 2, 0));
    }

    [Fact]
    public virtual async Task GetFunnelAsync_ListsEveryMenuBusiestScreenFirst_WhenNoMenuIsGiven()
    {
        await Hops.InsertAsync(Connections, DayOfHops());

        var funnel = await Funnel.GetFunnelAsync(Day);

        funnel.Where(r => r.MenuId == Menu || r.MenuId == OtherMenu).Should().Equal(
            new ScreenFunnelRow(Menu, "welcome", 7, 2),
            new ScreenFunnelRow(Menu, "ask_name", 4, 2),
            new ScreenFunnelRow(Menu, "thanks", 2, 0),
            new ScreenFunnelRow(OtherMenu, "start", 1, 1));
        funnel.Select(r => r.Entries).Should().BeInDescendingOrder();
    }

    [Fact]
    public virtual async Task GetFunnelAsync_CountsTheDaysOwnHops_WhenHopsSitOnEitherSideOfMidnight()
    {
        await Hops.InsertAsync(Connections, DayOfHops());

        var dayBefore = await Funnel.GetFunnelAsync(Day.AddDays(-1), Menu);
        var dayAfter = await Funnel.GetFunnelAsync(Day.AddDays(1), Menu);

        dayBefore.Should().Equal(new ScreenFunnelRow(Menu, "welcome", 1, 1));
        dayAfter.Should().Equal(new ScreenFunnelRow(Menu, "welcome", 1, 1));
    }

    [Fact]
    public virtual async Task GetFunnelAsync_ReturnsEmpty_WhenOnlyTestHopsWereLogged()
    {
        await Hops.InsertAsync(Connections, [
            Hops.At(Midnight.AddHours(9), Session("t1"), "welcome", menuId: Menu, isTest: true),
            Hops.At(Midnight.AddHours(9).AddSeconds(5), Session("t1"), "ask_name", menuId: Menu, isTest: true),
        ]);

        (await Funnel.GetFunnelAsync(Day, Menu)).Should().BeEmpty();
    }

    [Fact]
    public virtual async Task GetFunnelAsync_ReturnsEmpty_WhenNoHopWasLoggedThatDay()
    {
        (await Funnel.GetFunnelAsync(new DateOnly(2001, 1, 1), Menu)).Should().BeEmpty();
    }

    /// <summary>
    /// Sessions of <see cref="Day"/> on <see cref="Menu"/> (entries / drop-offs expected:
    /// welcome 7 / 2, ask_name 4 / 2, thanks 2 / 0), plus hops that must not count.
    /// </summary>
    private IEnumerable<HopRecord> DayOfHops()
    {
        var nine = Midnight.AddHours(9);
        HopRecord Hop(int seconds, string session, string screen, HopOutcome outcome = HopOutcome.Continue, string? provider = null) =>
            Hops.At(nine.AddSeconds(seconds), Session(session), screen, outcome, Menu, provider ?? "africastalking");

        return
        [
            // s1 finishes: welcome → ask_name → thanks (END).
            Hop(0, "s1", "welcome"), Hop(10, "s1", "ask_name"), Hop(20, "s1", "thanks", HopOutcome.End),
            // s2 leaves on ask_name.
            Hop(1, "s2", "welcome"), Hop(11, "s2", "ask_name"),
            // s3 leaves on welcome; its hop is stamped 00:30 at UTC+1 the next day, i.e. 23:30 UTC on the day.
            Hops.At(new DateTimeOffset(2026, 12, 8, 0, 30, 0, TimeSpan.FromHours(1)), Session("s3"), "welcome", menuId: Menu),
            // s4 ends after too many rejected answers; its last two hops share an instant (write order decides).
            Hop(3, "s4", "welcome"), Hop(13, "s4", "ask_name"), Hop(23, "s4", "ask_name"),
            Hop(23, "s4", "ask_name", HopOutcome.TooManyAttempts),
            // s5 gets the apology on ask_name: not an END of the menu, so a drop-off.
            Hop(4, "s5", "welcome"), Hop(14, "s5", "ask_name", HopOutcome.Failed),
            // s8 dials at midnight exactly (the day includes its first instant) and leaves.
            Hops.At(Midnight, Session("s8"), "welcome", menuId: Menu),
            // Another telco's session with the same id as s2: a session of its own, which finishes.
            Hop(5, "s2", "welcome", provider: "othertelco"), Hop(15, "s2", "thanks", HopOutcome.End, provider: "othertelco"),
            // Test traffic: left out.
            Hops.At(nine, Session("t1"), "welcome", menuId: Menu, isTest: true),
            Hops.At(nine, Session("t1"), "ask_name", menuId: Menu, isTest: true),
            // Another menu.
            Hops.At(nine, Session("o1"), "start", menuId: OtherMenu),
            // Either side of the day: 1 ms before it, and the next day's first instant.
            Hops.At(Midnight.AddMilliseconds(-1), Session("before"), "welcome", menuId: Menu),
            Hops.At(Midnight.AddDays(1), Session("after"), "welcome", menuId: Menu),
        ];
    }

    private SessionEnd NewEnd(string name) => new(
        "africastalking", Session(name), "+22376123456", "*384*123#", "61002", "Incomplete", 45_250, 6, "XOF 10.0000",
        "User timeout", new DateTimeOffset(2026, 12, 7, 9, 15, 30, TimeSpan.Zero), new DateTimeOffset(2026, 12, 7, 9, 15, 31, 500, TimeSpan.Zero));

    private async Task<StoredEnd> ReadEndAsync(string sessionId)
    {
        await using var connection = await Connections.OpenAsync();
        return await connection.QuerySingleAsync<StoredEnd>(
            $"""
            SELECT provider AS Provider, session_id AS SessionId, phone_e164 AS Phone, service_code AS ServiceCode,
                   network_code AS NetworkCode, status AS Status, duration_ms AS DurationMs, hops AS Hops, cost AS Cost,
                   error_message AS ErrorMessage, ended_at AS EndedAt, received_at AS ReceivedAt
            FROM {Table("ussd_session_ends")} WHERE session_id = @SessionId AND provider = 'africastalking';
            """,
            new { SessionId = sessionId });
    }

    private string Table(string name) => Connections.Dialect == SqlDialect.SqlServer ? "dbo." + name : name;

    private sealed class StoredHop
    {
        public object At { get; set; } = "";
        public string Provider { get; set; } = "";
        public string SessionId { get; set; } = "";
        public string MenuId { get; set; } = "";
        public string MenuVersion { get; set; } = "";
        public string Screen { get; set; } = "";
        public string InputKind { get; set; } = "";
        public string Outcome { get; set; } = "";
        public double LatencyMs { get; set; }
        public bool IsTest { get; set; }
    }

    private sealed class StoredEnd
    {
        public string Provider { get; set; } = "";
        public string SessionId { get; set; } = "";
        public string? Phone { get; set; }
        public string? ServiceCode { get; set; }
        public string? NetworkCode { get; set; }
        public string Status { get; set; } = "";
        public long? DurationMs { get; set; }
        public int? Hops { get; set; }
        public string? Cost { get; set; }
        public string? ErrorMessage { get; set; }
        public object? EndedAt { get; set; }
        public object ReceivedAt { get; set; } = "";
    }
}
