using System.Globalization;
using Microsoft.Extensions.Logging;
using UssdGateway.Core.Menus;
using UssdGateway.Core.Menus.Validation;
using UssdGateway.Core.Sessions;
using UssdGateway.Core.Text;

namespace UssdGateway.Core.Engine;

/// <summary>One request through the engine: the session, its menu version and a borrowed machine.</summary>
internal sealed partial class UssdHop(UssdEngine engine, UssdRequest request)
{
    private const int MaxAutomaticSteps = 32;

    private UssdSession? _session;
    private CompiledMenu? _compiled;
    private MenuMachine? _machine;
    private string? _notice;   // shown above the screen after a rejected answer
    private string? _terminal; // ends the session with this text instead of the screen
    private ResumeAction _resume = ResumeAction.Keep;

    private UssdSession Session => _session!;
    private MenuDefinition Menu => _compiled!.Definition;
    private MenuMachine Machine => _machine!;

    /// <summary>What came in, as a kind (never the text), for the hop log.</summary>
    public HopInputKind InputKind { get; private set; } = HopInputKind.Dial;

    /// <summary>How the hop ended, for the hop log.</summary>
    public HopOutcome Outcome { get; private set; } = HopOutcome.Continue;

    /// <summary>The session as it stood after the hop (null when no menu answered).</summary>
    public UssdSession? Result => _session;

    /// <summary>The menu version this hop runs on, once known (null when it failed before).</summary>
    public MenuDefinition? LoadedMenu => _compiled?.Definition;

    public UssdReply Apology() => UssdEngine.ApologyFor(_compiled?.Definition, _session?.Language is { Length: > 0 } l ? l : null);

    public async Task<UssdReply> RunAsync(CancellationToken ct)
    {
        var now = engine.Time.GetUtcNow();
        var textSegments = Split(request.Text);
        var inputs = textSegments;
        _session = await engine.Store.GetAsync(UssdSession.KeyFor(request.Provider, request.SessionId), ct);
        try
        {
            if (_session is null)
            {
                if (!engine.Catalog.TryResolve(request.ServiceCode, out var menu, out var dialled))
                    return new UssdReply(BuiltInMessages.Defaults[BuiltInMessages.UnknownService]["fr"], End: true);
                _session = NewSession(menu.Definition, now);
                Use(menu);
                if (dialled.Length > 0) inputs = [.. Split(dialled), .. textSegments];
                await StartAsync(shortcut: inputs.Count > 0, ct);
            }
            else
            {
                // A telco retry, or a hop after the session ended: the same answer, nothing run again.
                if (Session.LastReply is not null && (Session.LastText == request.Text || Session.Ended))
                {
                    InputKind = HopInputKind.Retry;
                    Outcome = Session.LastReplyEnds ? HopOutcome.End : HopOutcome.Continue;
                    return new UssdReply(Session.LastReply, Session.LastReplyEnds);
                }
                Use(await FindMenuAsync(Session.MenuId, Session.MenuVersion, ct));
                inputs = textSegments.Count > Session.Consumed ? textSegments.Skip(Session.Consumed).ToList() : [];
            }
            if (inputs.Count > 1) InputKind = HopInputKind.Several;

            foreach (var input in inputs)
            {
                if (Session.Ended || _terminal is not null) break;
                _notice = null;
                await ApplyAsync(input, ct);
            }

            var reply = Render();
            Outcome = _terminal is not null ? HopOutcome.TooManyAttempts : reply.End ? HopOutcome.End : HopOutcome.Continue;
            return await SaveAsync(reply, textSegments.Count, now, ct);
        }
        finally
        {
            if (_machine is not null) _compiled!.Return(_machine);
        }
    }

    /// <summary>
    /// Saves the session (compare-and-set on its version) with the phone's resume snapshot in the same round trip.
    /// When another hop of the same session saved first (a retry racing the original), its reply is the answer.
    /// </summary>
    private async Task<UssdReply> SaveAsync(UssdReply reply, int consumed, DateTimeOffset now, CancellationToken ct)
    {
        Session.Consumed = consumed;
        Session.LastText = request.Text;
        Session.LastReply = reply.Text;
        Session.LastReplyEnds = reply.End;
        Session.Ended |= reply.End;
        Session.Hops++;
        Session.UpdatedAt = now;
        var resume = reply.End ? ResumeAction.Delete
            : _resume != ResumeAction.Keep ? _resume
            : IsResumable(Session) ? ResumeAction.Save
            : ResumeAction.Keep;
        if (resume == ResumeAction.Save && engine.Options.ResumeTtlSeconds == 0) resume = ResumeAction.Keep;
        var expected = Session.Version;
        Session.Version = expected + 1;
        var options = engine.Options;
        var write = new SessionWrite(
            expected, TimeSpan.FromSeconds(options.SessionTtlSeconds),
            UssdSession.ResumeKeyFor(Session.Phone, Session.MenuId), resume, TimeSpan.FromSeconds(Math.Max(1, options.ResumeTtlSeconds)));
        if (await engine.Store.TrySaveAsync(Session, write, ct)) return reply;

        var winner = await engine.Store.GetAsync(Session.Key, ct);
        if (winner?.LastReply is null) throw new InvalidOperationException($"session {Session.Key} changed while saving and cannot be read");
        _session = winner;
        InputKind = HopInputKind.Retry;
        Outcome = winner.LastReplyEnds ? HopOutcome.End : HopOutcome.Continue;
        return new UssdReply(winner.LastReply, winner.LastReplyEnds);
    }

    /// <summary>Worth offering back after a drop: the caller went past the first screen and is on a real screen.</summary>
    private static bool IsResumable(UssdSession session) =>
        !session.Ended && session.History.Count > 0 && !session.Screen.StartsWith('$');

    private void Use(CompiledMenu menu)
    {
        if (_machine is not null) _compiled!.Return(_machine);
        _compiled = menu;
        _machine = menu.Rent(Session);
        Machine.RuleContext = new InputRuleContext(engine.Time.GetUtcNow().Year);
    }

    private async Task<CompiledMenu> FindMenuAsync(string menuId, string version, CancellationToken ct) =>
        await engine.Catalog.FindAsync(menuId, version, ct)
        ?? throw new InvalidOperationException($"menu {menuId} version {version} is not available to this instance");

    private UssdSession NewSession(MenuDefinition menu, DateTimeOffset now) => new()
    {
        Provider = request.Provider,
        SessionId = request.SessionId,
        Phone = request.Phone,
        ServiceCode = request.ServiceCode,
        Network = request.Network,
        MenuId = menu.Id,
        MenuVersion = menu.Version,
        Language = menu.DefaultLanguage,
        StartedAt = now,
        UpdatedAt = now,
        IsTest = request.IsTest,
    };

    private static List<string> Split(string text) => text.Length == 0 ? [] : [.. text.Split('*')];

    /// <summary>
    /// The first hop: the caller's remembered language, then the offer to resume a dropped session, the
    /// language choice for a first-time caller, or the start screen.
    /// </summary>
    /// <param name="shortcut">The first request already carries answers (a dial string such as <c>*384*123*2#</c>):
    /// a shortcut means the same for every caller, so neither the language choice nor the resume offer takes it.</param>
    private async Task StartAsync(bool shortcut, CancellationToken ct)
    {
        string? remembered = null;
        if (Menu.Languages.Count > 1)
        {
            remembered = await engine.Preferences.GetLanguageAsync(Session.Phone, ct);
            if (remembered is not null && !Menu.Languages.Contains(remembered)) remembered = null;
        }
        SetLanguage(remembered ?? Menu.DefaultLanguage);
        if (!shortcut)
        {
            var snapshot = await engine.Store.GetResumeAsync(UssdSession.ResumeKeyFor(Session.Phone, Menu.Id), ct);
            if (snapshot is not null && IsResumable(snapshot))
            {
                Session.Resumable = snapshot;
                SetLanguage(Menu.Languages.Contains(snapshot.Language) ? snapshot.Language : Session.Language);
                Session.Screen = MenuDefinition.ResumeScreen;
                return;
            }
        }
        if (!shortcut && Menu.AskLanguage && remembered is null)
        {
            Session.Screen = MenuDefinition.LanguageScreen;
            return;
        }
        Session.Screen = Menu.Start;
        await ArriveAsync(ct);
    }

    /// <summary>"1" restores the dropped session where it stood (its answers, screen and menu version; actions already
    /// run are not run again); "2" starts afresh and forgets it.</summary>
    private async Task ChooseResumeAsync(string input, CancellationToken ct)
    {
        var snapshot = Session.Resumable!;
        if (input == "1")
        {
            Session.Resumable = null;
            Session.MenuId = snapshot.MenuId;
            Session.MenuVersion = snapshot.MenuVersion;
            Session.Language = snapshot.Language;
            Session.Screen = snapshot.Screen;
            Session.Page = snapshot.Page;
            Session.History = snapshot.History;
            Session.Vars = snapshot.Vars;
            Session.Items = snapshot.Items;
            Session.Attempts = 0;
            if (snapshot.MenuVersion != Menu.Version) Use(await FindMenuAsync(snapshot.MenuId, snapshot.MenuVersion, ct));
            _resume = ResumeAction.Delete;
        }
        else if (input == "2")
        {
            Session.Resumable = null;
            _resume = ResumeAction.Delete;
            var remembered = await engine.Preferences.GetLanguageAsync(Session.Phone, ct);
            if (Menu.AskLanguage && remembered is null)
            {
                Session.Screen = MenuDefinition.LanguageScreen;
                return;
            }
            Session.Screen = Menu.Start;
            await ArriveAsync(ct);
        }
        else
        {
            Reject(null);
        }
    }

    private void SetLanguage(string language)
    {
        Session.Language = language;
        Session.Vars["language"] = language;
    }

    private async Task ApplyAsync(string input, CancellationToken ct)
    {
        var navigation = Menu.Navigation;
        if (Session.Screen == MenuDefinition.LanguageScreen)
        {
            await ChooseLanguageAsync(input, ct);
            return;
        }
        if (Session.Screen == MenuDefinition.ResumeScreen)
        {
            await ChooseResumeAsync(input, ct);
            return;
        }
        var screen = Menu.Screens[Session.Screen];
        switch (screen)
        {
            case InputScreen question:
                if (Machine.TryInput(input))
                {
                    Kind(HopInputKind.Answer);
                    question.TryAccept(input, Machine.RuleContext, out var value);
                    Session.Vars[question.SaveAs] = value;
                    await AfterTransitionAsync(screen, ct);
                }
                else if (input == navigation.Back || input == navigation.Home)
                {
                    // A question has no pages: "more" is a rejected answer, not a page turn that "back" would undo.
                    await NavigateAsync(input, ct);
                }
                else
                {
                    Reject(screen);
                }
                break;
            case MenuScreen or ListScreen:
                if (navigation.IsNavigation(input))
                {
                    await NavigateAsync(input, ct);
                }
                else if (Machine.TryInput(input))
                {
                    Kind(HopInputKind.Choice);
                    Record(screen, int.Parse(input, CultureInfo.InvariantCulture));
                    await AfterTransitionAsync(screen, ct);
                }
                else
                {
                    Reject(screen);
                }
                break;
        }
    }

    /// <summary>Stores what a choice means: the option's value and variables, or the list item's id.</summary>
    private void Record(ScreenDefinition screen, int number)
    {
        var vars = Session.Vars;
        if (screen is MenuScreen menu && VisibleOptions.At(menu, number, vars) is { } option)
        {
            if (menu.SaveAs is not null)
            {
                vars[menu.SaveAs] = option.Value ?? number.ToString(CultureInfo.InvariantCulture);
                vars[menu.SaveAs + "_label"] = option.Text.Get(Session.Language, Menu.DefaultLanguage).Render(vars);
            }
            foreach (var (name, value) in option.Set) vars[name] = value;
        }
        else if (screen is ListScreen list && Session.Items is { } items)
        {
            var item = items[number - 1];
            vars[list.SaveAs] = item.Id;
            vars[list.SaveAs + "_label"] = item.Label;
        }
    }

    private async Task AfterTransitionAsync(ScreenDefinition from, CancellationToken ct)
    {
        if (from.Id != Session.Screen)
        {
            Session.History.Add(from.Id);
            if (Session.History.Count > engine.Options.MaxHistory) Session.History.RemoveAt(0);
        }
        await ArriveAsync(ct);
    }

    /// <summary>Settles on the current screen: runs actions until a screen to show, loads list items.</summary>
    private async Task ArriveAsync(CancellationToken ct)
    {
        Session.Page = 0;
        Session.Attempts = 0;
        Session.Items = null;
        for (var step = 0; step < MaxAutomaticSteps; step++)
        {
            if (Session.Screen == MenuDefinition.LanguageScreen) return;
            switch (Menu.Screens[Session.Screen])
            {
                case ActionScreen action:
                    var result = await RunActionAsync(action, ct);
                    if (result.Vars is not null)
                        foreach (var (name, value) in result.Vars) Session.Vars[name] = value;
                    if (!Machine.TryOutcome(result.Outcome)
                        && (result.Outcome == ActionScreen.Failed || !Machine.TryOutcome(ActionScreen.Failed)))
                        throw new InvalidOperationException($"action screen '{action.Id}' has no route for outcome '{result.Outcome}'");
                    continue;
                case ListScreen list:
                    var source = engine.Registry.ListSources[list.Source];
                    var items = await source.GetItemsAsync(Context(), ct);
                    Session.Items = [.. items];
                    return;
                case EndScreen:
                    Session.Ended = true;
                    return;
                default:
                    return;
            }
        }
        throw new InvalidOperationException($"menu {Menu.Id}: more than {MaxAutomaticSteps} actions in a row (a loop?)");
    }

    private async Task<ActionResult> RunActionAsync(ActionScreen screen, CancellationToken ct)
    {
        if (!engine.Registry.Actions.TryGetValue(screen.Action, out var action)) return ActionResult.Failure;
        try
        {
            return await action.RunAsync(Context(), ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogActionFailed(engine.Logger, e, screen.Action, Menu.Id, screen.Id);
            return ActionResult.Failure;
        }
    }

    private ActionContext Context() => new(Session, Menu, engine.Time.GetUtcNow());

    private async Task NavigateAsync(string input, CancellationToken ct)
    {
        Kind(HopInputKind.Navigation);
        var navigation = Menu.Navigation;
        if (input == navigation.Home)
        {
            Session.History.Clear();
            Session.Screen = Menu.Start;
            await ArriveAsync(ct);
        }
        else if (input == navigation.Back)
        {
            if (Session.Page > 0)
            {
                Session.Page--;
            }
            else if (Session.History.Count > 0)
            {
                Session.Screen = Session.History[^1];
                Session.History.RemoveAt(Session.History.Count - 1);
                await ArriveAsync(ct);
            }
        }
        else if (input == navigation.More)
        {
            Session.Page++; // clamped to the last page when rendering
        }
    }

    private async Task ChooseLanguageAsync(string input, CancellationToken ct)
    {
        if (int.TryParse(input, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1 && n <= Menu.Languages.Count)
        {
            Kind(HopInputKind.Choice);
            SetLanguage(Menu.Languages[n - 1]);
            await engine.Preferences.SetLanguageAsync(Session.Phone, Session.Language, ct);
            Session.History.Clear();
            Session.Screen = Menu.Start;
            await ArriveAsync(ct);
        }
        else if (input == Menu.Navigation.Back && Session.History.Count > 0)
        {
            await NavigateAsync(input, ct);
        }
        else
        {
            Reject(null);
        }
    }

    private void Kind(HopInputKind kind)
    {
        if (InputKind != HopInputKind.Several) InputKind = kind;
    }

    private void Reject(ScreenDefinition? screen)
    {
        Kind(HopInputKind.Rejected);
        Session.Attempts++;
        var max = screen is InputScreen { MaxAttempts: > 0 } question ? question.MaxAttempts : Menu.MaxAttempts;
        if (Session.Attempts >= max)
        {
            _terminal = Menu.Message(BuiltInMessages.TooManyAttempts, Session.Language);
            return;
        }
        _notice = screen is InputScreen { Error: { } error }
            ? error.Get(Session.Language, Menu.DefaultLanguage).Render(Session.Vars)
            : Menu.Message(BuiltInMessages.InvalidChoice, Session.Language);
    }

    private UssdReply Render()
    {
        var budget = engine.Options.Budget;
        if (_terminal is not null) return new UssdReply(Single(_terminal, budget).Text, End: true);
        var language = Session.Language;
        var vars = Session.Vars;
        string Text(LocalizedText text) => text.Get(language, Menu.DefaultLanguage).Render(vars);
        string WithNotice(string text) => _notice is null ? text : _notice + "\n" + text;

        if (Session.Screen == MenuDefinition.LanguageScreen)
        {
            var choices = Menu.Languages.Select((l, i) => $"{i + 1}. {Menu.LanguageName(l)}").ToList();
            return Paged(WithNotice(Menu.Message(BuiltInMessages.LanguagePrompt, language)), choices);
        }

        if (Session.Screen == MenuDefinition.ResumeScreen)
        {
            var choices = new[]
            {
                "1. " + Menu.Message(BuiltInMessages.ResumeContinue, language),
                "2. " + Menu.Message(BuiltInMessages.ResumeRestart, language),
            };
            return Paged(WithNotice(Menu.Message(BuiltInMessages.ResumePrompt, language)), choices);
        }

        switch (Menu.Screens[Session.Screen])
        {
            case MenuScreen menu:
                var lines = new List<string>(menu.Options.Count);
                var number = 0;
                foreach (var option in VisibleOptions.All(menu, vars))
                    lines.Add($"{++number}. {Text(option.Text)}");
                return Paged(WithNotice(Text(menu.Text!)), lines);
            case ListScreen list:
                if (Session.Items is not { Count: > 0 } items)
                {
                    var empty = list.Empty is null ? Menu.Message(BuiltInMessages.EmptyList, language) : Text(list.Empty);
                    return Paged(WithNotice(empty), []);
                }
                return Paged(WithNotice(Text(list.Text!)), items.Select((item, i) => $"{i + 1}. {item.Label}").ToList());
            case InputScreen question:
                return new UssdReply(Single(WithNotice(Text(question.Text!)), budget).Text, End: false);
            case EndScreen end:
                return new UssdReply(Single(Text(end.Text!), budget).Text, End: true);
            default:
                throw new InvalidOperationException($"screen '{Session.Screen}' cannot be shown");
        }
    }

    private UssdReply Paged(string header, IReadOnlyList<string> lines)
    {
        var navigation = Menu.Navigation;
        var page = (Menu.GsmFallback ? (PageRenderer)Pager.RenderWithFallback : Pager.Render)(
            header, lines, Session.Page, engine.Options.Budget,
            navigation.Back + ". " + Menu.Message(BuiltInMessages.Back, Session.Language),
            navigation.More + ". " + Menu.Message(BuiltInMessages.More, Session.Language),
            backOnFirstPage: Session.History.Count > 0);
        Session.Page = page.Index;
        return new UssdReply(page.Text, End: false);
    }

    private ScreenPage Single(string text, ScreenBudget budget) =>
        Menu.GsmFallback ? Pager.SingleWithFallback(text, budget) : Pager.Single(text, budget);

    private delegate ScreenPage PageRenderer(
        string header, IReadOnlyList<string> lines, int page, ScreenBudget budget, string backLine, string moreLine, bool backOnFirstPage);

    [LoggerMessage(Level = LogLevel.Error, Message = "Action {Action} failed in menu {MenuId} on screen {Screen}")]
    private static partial void LogActionFailed(ILogger logger, Exception exception, string action, string menuId, string screen);
}
