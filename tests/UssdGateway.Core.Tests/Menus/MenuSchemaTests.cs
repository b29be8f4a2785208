using System.Reflection;
using System.Text.Json.Nodes;
using System.Text.Json;
using Json.Schema;
using UssdGateway.Core.Menus;
using UssdGateway.Core.Tests.Support;
using UssdGateway.Testing;

namespace UssdGateway.Core.Tests.Menus;

/// <summary>menus/menu.schema.json: what editors check while staff type, kept in step with <see cref="MenuParser"/>.</summary>
public sealed class MenuSchemaTests
{
    private static readonly string SchemaText = File.ReadAllText(RepositoryPaths.MenuFile("menu.schema.json"));

    private static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromText(SchemaText, new BuildOptions { SchemaRegistry = new SchemaRegistry() }));

    private static EvaluationResults Evaluate(string yaml)
    {
        var json = JsonSerializer.SerializeToElement(YamlToJson.Convert(yaml));
        return Schema.Value.Evaluate(json, new EvaluationOptions { OutputFormat = OutputFormat.List });
    }

    private static string Describe(EvaluationResults results) => string.Join("\n",
        (results.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}")));

    private static string Shipped => File.ReadAllText(RepositoryPaths.MenuFile("renapess.yaml"));

    [Fact]
    public void Schema_IsValidJsonOfDraft2020_12()
    {
        var document = JsonNode.Parse(SchemaText)!;

        document["$schema"]!.GetValue<string>().Should().Be("https://json-schema.org/draft/2020-12/schema");
        Schema.Value.Should().NotBeNull();
    }

    [Fact]
    public void ShippedMenu_NamesTheSchema_ForTheEditor()
    {
        Shipped.Split('\n')[0].TrimEnd().Should().Be("# yaml-language-server: $schema=./menu.schema.json");
    }

    [Fact]
    public void Schema_AcceptsTheShippedMenu_WhenConvertedToJson()
    {
        var results = Evaluate(Shipped);

        results.IsValid.Should().BeTrue(Describe(results));
    }

    [Fact]
    public void Schema_Accepts_WhenAMenuUsesEveryFeatureOfTheParser()
    {
        const string yaml = """
            menu: full
            service_codes: ["*100#", "*101#"]
            languages: [fr, bm, en]
            language_names: { bm: Bambara }
            ask_language: false
            start: home
            navigation: { back: "0", home: "00", more: "98" }
            max_attempts: 4
            gsm_fallback: true
            review: { bm: pending }
            messages:
              invalid_choice: { fr: "Mauvais choix.", bm: "A man ɲi.", en: "Wrong." }
              back: Retour
            screens:
              home:
                type: menu
                text: { fr: Accueil, bm: Sigi, en: Home, review: { bm: reviewed } }
                save_as: choice
                next: ask
                options:
                  - { text: Un, value: one, when: "not registered", set: { source: menu, count: 1 } }
                  - { text: Deux, value: 2, next: pick, when: "language == bm" }
                  - { text: Langue, next: $language }
              ask:
                type: input
                text: "Montant?"
                save_as: amount
                validate: { min_length: 1, max_length: "9", regex: "[0-9 ]+", integer: { min: 0, max: 500000 }, phone: mali }
                error: "Montant invalide."
                max_attempts: 2
                next: born
              born:
                type: input
                text: Annee?
                save_as: year
                validate: { year: true, integer: }
                next: pick
              pick:
                type: list
                text: Region
                source: mali_regions
                save_as: region
                empty: Rien
                next: act
              act:
                type: action
                action: register_beneficiary
                next: bye
                failure: bye
                outcomes: { already_registered: bye }
              bye:
                type: end
                text: 2004
            """;
        MenuParser.Parse("full.yaml", yaml).Errors.Should().BeEmpty("the sample must be a menu the parser accepts");

        var results = Evaluate(yaml);

        results.IsValid.Should().BeTrue(Describe(results));
    }

    public static TheoryData<string, string, string> Mistakes => new()
    {
        { "misspelt option key", "        next: bye", "        nxt: bye" },
        { "misspelt screen key", "    type: end", "    type: end\n    nxt: home" },
        { "unknown top-level key", "start: home", "start: home\nstrat: home" },
        { "unknown screen type", "type: end", "type: form" },
        { "option without next", "        next: bye\n", "" },
        { "end screen without text", "    text: Au revoir", "" },
        { "text as a list", "text: Au revoir", "text: [Au, revoir]" },
        { "bad screen id", "  bye:", "  2bye:" },
        { "attempts out of range", "start: home", "start: home\nmax_attempts: 11" },
        { "attempts not a number", "start: home", "start: home\nmax_attempts: many" },
        { "unknown message", "start: home", "start: home\nmessages: { oops: Oups }" },
        { "unknown validator", "    type: end", "    type: input\n    save_as: x\n    next: home\n    validate: { max_lenght: 3 }" },
        { "phone other than mali", "    type: end", "    type: input\n    save_as: x\n    next: home\n    validate: { phone: france }" },
        { "language code in capitals", "[fr, bm]", "[fr, BM]" },
        { "missing start", "start: home\n", "" },
    };

    [Theory]
    [MemberData(nameof(Mistakes))]
    public void Schema_Refuses_CommonMistakes(string mistake, string find, string replace)
    {
        const string valid = """
            menu: t
            service_codes: ["*100#"]
            languages: [fr, bm]
            start: home
            screens:
              home:
                type: menu
                text: { fr: Accueil, bm: Sigi }
                options:
                  - text: { fr: Fin, bm: Laban }
                    next: bye
              bye:
                type: end
                text: Au revoir
            """;
        Evaluate(valid).IsValid.Should().BeTrue();
        var yaml = valid.Replace(find, replace, StringComparison.Ordinal);
        yaml.Should().NotBe(valid);

        Evaluate(yaml).IsValid.Should().BeFalse(mistake);
        MenuParser.Parse("t.yaml", yaml).Errors.Should().NotBeEmpty($"the parser refuses {mistake} too");
    }

    [Fact]
    public void Schema_ListsTheParsersKeys_ForEveryMapping()
    {
        var schema = JsonNode.Parse(SchemaText)!;
        var defs = schema["$defs"]!;
        static string[] Keys(JsonNode node) => [.. node["properties"]!.AsObject().Select(p => p.Key)];

        Keys(schema).Should().BeEquivalentTo(ParserKeys<string[]>("TopKeys"));
        Keys(defs["option"]!).Should().BeEquivalentTo(ParserKeys<string[]>("OptionKeys"));
        Keys(defs["validate"]!).Should().BeEquivalentTo(ParserKeys<string[]>("ValidateKeys"));
        Keys(schema["properties"]!["messages"]!).Should().BeEquivalentTo(BuiltInMessages.Defaults.Keys);
        Keys(schema["properties"]!["navigation"]!).Should().BeEquivalentTo(["back", "home", "more"]);
        foreach (var (type, keys) in ParserKeys<Dictionary<ScreenType, string[]>>("ScreenKeys"))
            Keys(defs[type.ToString().ToLowerInvariant() + "Screen"]!).Should().BeEquivalentTo(keys, type.ToString());
        defs["screen"]!["properties"]!["type"]!["enum"]!.AsArray().Select(n => n!.GetValue<string>())
            .Should().BeEquivalentTo(Enum.GetNames<ScreenType>().Select(n => n.ToLowerInvariant()));
    }

    private static T ParserKeys<T>(string field) =>
        (T)typeof(MenuParser).GetField(field, BindingFlags.NonPublic | BindingFlags.Static)!.GetValue(null)!;
}
