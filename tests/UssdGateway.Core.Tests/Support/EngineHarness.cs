using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using UssdGateway.Core.Engine;
using UssdGateway.Core.Menus;
using UssdGateway.Core.Programme.Actions;
using UssdGateway.Core.Sessions;

namespace UssdGateway.Core.Tests.Support;

/// <summary>
/// A <see cref="UssdEngine"/> over in-memory fakes and a fake clock (29 Nov 2026, Bamako = UTC),
/// with the programme's real actions plus any the test adds. Built on first use.
/// </summary>
internal sealed class EngineHarness
{
    public const string Provider = "africastalking";
    public const string Phone = "+22376123456";

    private readonly IReadOnlyList<MenuDefinition> _menus;
    private UssdEngine? _engine;

    public EngineHarness(params MenuDefinition[] menus)
    {
        _menus = menus;
        Actions.Add(new IdentifyCallerAction(Beneficiaries));
        Actions.Add(new RegisterBeneficiaryAction(Beneficiaries, Sms.Confirmations));
        Actions.Add(new HouseholdCheckAction(Beneficiaries));
        Actions.Add(new ChooseCallerAction());
        Actions.Add(new ProfileStatusAction(Beneficiaries));
        Actions.Add(new NextProfileFieldAction());
        Actions.Add(new CompleteProfileAction(Beneficiaries));
        ListSources.Add(new HouseholdMembersListSource(Beneficiaries));
        Actions.Add(new IdentifyLeaderAction(Cooperatives));
        Actions.Add(new AccountStatusAction(Beneficiaries, Training));
        Actions.Add(new BookTrainingAction(Beneficiaries, Training, Sms.Confirmations));
        Actions.Add(new CancelBookingAction(Beneficiaries, Training));
        Actions.Add(new PinStatusAction(Beneficiaries, Pins));
        Actions.Add(new SetPinAction(Beneficiaries, Pins, Loans));
        Actions.Add(new VerifyPinAction(Beneficiaries, Pins, Loans));
        Actions.Add(new RequestDeletionAction(Beneficiaries, Deletions));
        Actions.Add(new SalesMonthAction(Cooperatives));
        Actions.Add(new SalesAmountAction());
        Actions.Add(new ReportSalesAction(Cooperatives, Sms.Confirmations));
        ListSources.Add(new MaliRegionsListSource());
        ListSources.Add(new TrainingSlotsListSource(Training));
        ListSources.Add(new LedCooperativesListSource(Cooperatives));
    }

    public static EngineHarness ForYaml(params string[] yamls) =>
        new([.. yamls.Select((y, i) => TestMenus.Parse(y, $"menu{i}.yaml"))]);

    public static EngineHarness ForShippedMenus()
    {
        var folder = MenuLoader.LoadFolder(RepositoryPaths.Menus, UssdGateway.Core.Text.ScreenBudget.Default);
        folder.IsValid.Should().BeTrue(string.Join("\n", folder.Errors));
        return new EngineHarness([.. folder.Menus]);
    }

    public FakeTimeProvider Time { get; } = new(Today);

    public InMemorySessionStore Store { get; } = new();

    public InMemoryCallerPreferences Preferences { get; } = new();

    public FakeBeneficiaryRepository Beneficiaries { get; } = new();

    public FakeTrainingRepository Training { get; } = new();

    public FakeCooperativeRepository Cooperatives { get; } = new();

    public FakePinRepository Pins { get; } = new(Today);

    public FakeLoanRepository Loans { get; } = new(DateOnly.FromDateTime(Today.UtcDateTime));

    public FakeDeletionRequests Deletions { get; } = new();

    /// <summary>The outbox the confirmation SMS are queued in (real <c>ConfirmationSms</c>, shipped <c>sms.yaml</c>).</summary>
    public FakeSmsOutbox Sms { get; } = new();

    /// <summary>The harness's clock at start (29 Nov 2026, 10:00 Bamako).</summary>
    public static readonly DateTimeOffset Today = new(2026, 11, 29, 10, 0, 0, TimeSpan.Zero);

    /// <summary>Engine settings; resume offers are off (ResumeTtlSeconds 0) unless a test turns them on.</summary>
    public UssdOptions Options { get; } = new() { ResumeTtlSeconds = 0 };

    public List<IMenuAction> Actions { get; } = [];

    public List<IListSource> ListSources { get; } = [];

    public UssdEngine Engine => _engine ??= new UssdEngine(
        Catalog ?? new MenuCatalog(_menus), Store, Preferences, new MenuActionRegistry(Actions, ListSources), HopLog, Options, Time,
        NullLogger<UssdEngine>.Instance);

    /// <summary>The catalog to serve from; a <see cref="MenuCatalog"/> of the harness's menus when null.</summary>
    public IMenuCatalog? Catalog { get; set; }

    public RecordingHopLog HopLog { get; } = new();

    public EngineHarness Remember(string language, string phone = Phone)
    {
        Preferences.Languages[phone] = language;
        return this;
    }

    public Task<UssdReply> SendAsync(string text, string session = "s1", string? serviceCode = null, string phone = Phone) =>
        Engine.HandleAsync(new UssdRequest(Provider, session, phone, serviceCode ?? _menus[0].ServiceCodes[0], "61001", text, IsTest: true));

    /// <summary>Plays a conversation the way Africa's Talking sends it: the cumulative text grows by one input per hop.</summary>
    public async Task<UssdReply> WalkAsync(string session, params string[] inputs)
    {
        var reply = await SendAsync("", session);
        var typed = new List<string>();
        foreach (var input in inputs)
        {
            reply.End.Should().BeFalse($"the session ended before '{input}': {reply.Text}");
            typed.Add(input);
            reply = await SendAsync(string.Join('*', typed), session);
        }
        return reply;
    }

    public UssdSession? Session(string session = "s1") => Store.Peek(Provider, session);
}
