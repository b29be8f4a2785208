namespace UssdGateway.Core.Menus;

/// <summary>
/// Names of the checks a menu file goes through (<see cref="MenuError.Rule"/>), as <c>ussdgw menus lint --format json</c>
/// prints them and <c>menus/README.md</c> explains them.
/// </summary>
public static class MenuRules
{
    /// <summary>The file is not readable YAML (a bad indent, a missing quote).</summary>
    public const string Yaml = "yaml";

    /// <summary>A field is unknown, missing, or of the wrong kind.</summary>
    public const string Schema = "schema";

    /// <summary>A text lacks one of the menu's languages.</summary>
    public const string MissingTranslation = "missing-translation";

    /// <summary><c>start</c>, <c>next</c>, <c>failure</c> or an outcome names a screen that does not exist.</summary>
    public const string UnknownScreen = "unknown-screen";

    /// <summary>No screen leads to this one (a warning).</summary>
    public const string Unreachable = "unreachable";

    /// <summary>From this shown screen no <c>end</c> screen can be reached: callers can only hang up.</summary>
    public const string DeadEnd = "dead-end";

    /// <summary>Two options of one screen read the same in a language.</summary>
    public const string DuplicateOption = "duplicate-option";

    /// <summary>An option's number is one of the navigation keys (back, home, more).</summary>
    public const string NavigationKey = "navigation-key";

    /// <summary>A <c>value</c> on an option of a screen without <c>save_as</c>.</summary>
    public const string UnusedValue = "unused-value";

    /// <summary>A <c>{variable}</c> or a <c>when</c> names a variable nothing in the menu sets.</summary>
    public const string UnknownVariable = "unknown-variable";

    /// <summary>An <c>action</c> screen names an action the server does not have.</summary>
    public const string UnknownAction = "unknown-action";

    /// <summary>A <c>list</c> screen names a list the server does not have.</summary>
    public const string UnknownList = "unknown-list";

    /// <summary>A text does not fit one USSD screen in some language.</summary>
    public const string ScreenBudget = "screen-budget";

    /// <summary>An SMS template needs more than two SMS parts.</summary>
    public const string SmsLength = "sms-length";

    /// <summary>Texts of a language still await a native speaker's review (a warning, counted per file).</summary>
    public const string ReviewPending = "review-pending";

    /// <summary>Two files use the same menu id or service code.</summary>
    public const string Duplicate = "duplicate";

    /// <summary>The keyword table of <c>sms.yaml</c>: an unknown command, a word of two commands, words one slip apart.</summary>
    public const string SmsKeyword = "sms-keyword";
}
