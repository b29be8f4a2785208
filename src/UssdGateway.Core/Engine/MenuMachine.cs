using Stateless;
using UssdGateway.Core.Menus;
using UssdGateway.Core.Menus.Validation;
using UssdGateway.Core.Sessions;

namespace UssdGateway.Core.Engine;

/// <summary>
/// The Stateless machine of one menu: states are screen ids, triggers are the caller's input and
/// an action's outcome; guards carry option labels, so the exported diagram reads like the menu.
/// Configured once and pooled by <see cref="CompiledMenu"/>; the state lives in the session it is lent.
/// </summary>
internal sealed class MenuMachine
{
    internal enum Trigger
    {
        Input,
        Outcome,
    }

    private readonly MenuDefinition _menu;
    private readonly StateMachine<string, Trigger> _machine;
    private readonly StateMachine<string, Trigger>.TriggerWithParameters<string> _input;
    private readonly StateMachine<string, Trigger>.TriggerWithParameters<string> _outcome;
    private bool _unhandled;

    public MenuMachine(MenuDefinition menu)
    {
        _menu = menu;
        _machine = new StateMachine<string, Trigger>(
            () => Session?.Screen ?? menu.Start,
            s =>
            {
                if (Session is not null) Session.Screen = s;
            },
            FiringMode.Immediate);
        _input = _machine.SetTriggerParameters<string>(Trigger.Input);
        _outcome = _machine.SetTriggerParameters<string>(Trigger.Outcome);
        _machine.OnUnhandledTrigger((_, _) => _unhandled = true);
        foreach (var screen in menu.Screens.Values) Configure(screen);
    }

    /// <summary>The session whose screen the machine moves, while lent.</summary>
    public UssdSession? Session { get; set; }

    /// <summary>The moment's facts for input rules, while lent.</summary>
    public InputRuleContext RuleContext { get; set; }

    /// <summary>Applies an answer; false when the current screen has no transition for it.</summary>
    public bool TryInput(string input) => Fire(_input, input);

    /// <summary>Routes an action's outcome; false when the screen has no route for it.</summary>
    public bool TryOutcome(string outcome) => Fire(_outcome, outcome);

    public Stateless.Reflection.StateMachineInfo GetInfo() => _machine.GetInfo();

    private bool Fire(StateMachine<string, Trigger>.TriggerWithParameters<string> trigger, string argument)
    {
        _unhandled = false;
        _machine.Fire(trigger, argument);
        return !_unhandled;
    }

    private void Configure(ScreenDefinition screen)
    {
        var state = _machine.Configure(screen.Id);
        switch (screen)
        {
            case MenuScreen menu:
                for (var i = 0; i < menu.Options.Count; i++)
                {
                    var index = i;
                    var option = menu.Options[i];
                    var label = option.Text.Get(_menu.DefaultLanguage, _menu.DefaultLanguage).Source;
                    Permit(state, screen.Id, _input, option.Next,
                        text => VisibleOptions.NumberOf(menu, index, Session!.Vars) is var n && n > 0 && IsNumber(text, n),
                        option.When is null ? label : $"{label} [{option.When}]");
                }
                break;
            case InputScreen input:
                Permit(state, screen.Id, _input, input.Next, text => input.TryAccept(text, RuleContext, out _), "valid answer");
                break;
            case ListScreen list:
                Permit(state, screen.Id, _input, list.Next,
                    text => int.TryParse(text, out var n) && n >= 1 && n <= (Session!.Items?.Count ?? 0) && IsNumber(text, n),
                    "item of " + list.Source);
                break;
            case ActionScreen action:
                foreach (var (outcome, target) in action.Routes)
                {
                    var expected = outcome;
                    Permit(state, screen.Id, _outcome, target, o => o == expected, outcome);
                }
                break;
        }
    }

    private static void Permit(
        StateMachine<string, Trigger>.StateConfiguration state, string source,
        StateMachine<string, Trigger>.TriggerWithParameters<string> trigger, string target, Func<string, bool> guard, string description)
    {
        if (target == source) state.PermitReentryIf(trigger, guard, description);
        else state.PermitIf(trigger, target, guard, description);
    }

    /// <summary>"3" is option 3; "03" or " 3" are not.</summary>
    private static bool IsNumber(string text, int number) =>
        text.Length is > 0 and < 4 && text[0] != '0' && int.TryParse(text, out var n) && n == number;
}
