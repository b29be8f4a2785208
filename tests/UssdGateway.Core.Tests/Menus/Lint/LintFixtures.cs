using UssdGateway.Core.Menus;
using UssdGateway.Core.Menus.Lint;

namespace UssdGateway.Core.Tests.Menus.Lint;

/// <summary>Small menu files for the lint rules, written inline; screens start at line 6 (plus the lines of <c>top</c>).</summary>
internal static class LintFixtures
{
    public const string Header = "menu: t\nservice_codes: [\"*100#\"]\nlanguages: [fr, bm]\nstart: home\n";

    public const string Bye = """
          bye:
            type: end
            text: { fr: Merci, bm: I ni ce }
        """;

    /// <summary>The server's actions and lists as the gateway declares them.</summary>
    public static readonly MenuLintOptions Server = new()
    {
        Actions = new Dictionary<string, IReadOnlyCollection<string>?>
        {
            ["identify_caller"] = ["registered", "registered_count", "registered_name"],
            ["register_beneficiary"] = ["beneficiary_id"],
            ["legacy_action"] = null,
        },
        ListSources = new Dictionary<string, IReadOnlyCollection<string>?> { ["mali_regions"] = null },
    };

    /// <summary>Every action and list the gateway registers, with the variables they declare (for the shipped menus).</summary>
    public static MenuLintOptions Gateway
    {
        get
        {
            var harness = new UssdGateway.Core.Tests.Support.EngineHarness();
            return new MenuLintOptions
            {
                Actions = harness.Actions.ToDictionary(a => a.Name, a => (a as UssdGateway.Core.Engine.IDeclaresVariables)?.SetsVariables),
                ListSources = harness.ListSources.ToDictionary(l => l.Name, l => (l as UssdGateway.Core.Engine.IDeclaresVariables)?.SetsVariables),
            };
        }
    }

    public static MenuLintReport LintMenu(string screens, string top = "", MenuLintOptions? options = null) =>
        MenuLinter.Lint([("t.yaml", Header + top + "screens:\n" + screens)], [], options ?? Server);

    /// <summary>A valid menu of one end screen.</summary>
    public const string Minimal = """
        menu: t
        service_codes: ["*100#"]
        languages: [fr, bm]
        start: home
        screens:
          home:
            type: end
            text: { fr: Merci, bm: I ni ce }
        """;

    public static MenuLintReport LintSms(string sms) => MenuLinter.Lint([("t.yaml", Minimal)], [("sms.yaml", sms)], Server);

    /// <summary>The problems a rule found, as staff read them.</summary>
    public static string[] Of(this MenuLintReport report, string rule) =>
        [.. report.Problems.Where(p => p.Rule == rule).Select(p => p.IsWarning ? "warning: " + p : p.ToString())];

    public static string[] All(this MenuLintReport report) =>
        [.. report.Problems.Select(p => $"{(p.IsWarning ? "warning" : "error")} {p.Rule}: {p}")];
}
