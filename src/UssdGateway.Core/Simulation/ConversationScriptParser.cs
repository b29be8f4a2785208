using UssdGateway.Core.Menus;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace UssdGateway.Core.Simulation;

/// <summary>
/// Reads a file of scripted conversations, reporting every problem with its line:
/// <code>
/// menu: renapess
/// conversations:
///   - name: registration in French
///     lang: fr                  # answers the language question when a new number is asked it
///     phone: "+22370000001"     # optional: a fresh test number by default
///     steps:
///       - dial: ""              # the menu's code; or a dial string such as "*384*123*2#"
///       - expect: { contains: "S'inscrire" }
///       - send: "1"
///       - expect: { starts: "CON", not_contains: "Choix invalide" }
///       - sms_registration: "Moussa Diarra"   # the number registers by SMS (INSCRIPTION) with only this name
/// </code>
/// An <c>expect</c> takes <c>contains</c> and <c>not_contains</c> (a text or a list), <c>equals</c>, <c>starts</c>, <c>ends</c>.
/// </summary>
public static class ConversationScriptParser
{
    private static readonly string[] TopKeys = ["menu", "conversations"];
    private static readonly string[] ConversationKeys = ["name", "lang", "phone", "steps"];
    private static readonly string[] StepKeys = ["dial", "send", "expect", "sms_registration"];
    private static readonly string[] ExpectKeys = ["contains", "not_contains", "equals", "starts", "ends"];

    public static (ConversationScript? Script, IReadOnlyList<MenuError> Errors) Parse(string fileName, string source)
    {
        var errors = new List<MenuError>();
        string? conversationName = null;
        void Error(YamlNode node, string field, string message) =>
            errors.Add(new MenuError(fileName, (int)node.Start.Line, conversationName, field, message, Rule: MenuRules.Schema));

        YamlMappingNode root;
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(source));
            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode mapping)
            {
                errors.Add(new MenuError(fileName, 1, null, "menu", "the file must be a mapping starting with 'menu:'", Rule: MenuRules.Schema));
                return (null, errors);
            }
            root = mapping;
        }
        catch (YamlException e)
        {
            errors.Add(new MenuError(fileName, (int)e.Start.Line, null, "yaml", e.InnerException?.Message ?? e.Message, Rule: MenuRules.Yaml));
            return (null, errors);
        }

        CheckKeys(root, TopKeys, "", Error);
        var menuId = Child(root, "menu") is YamlScalarNode { Value: { Length: > 0 } id } ? id : null;
        if (menuId is null) Error(Child(root, "menu") ?? root, "menu", "missing: the id of the menu the conversations call (e.g. renapess)");

        var conversations = new List<Conversation>();
        if (Child(root, "conversations") is not YamlSequenceNode conversationNodes || conversationNodes.Children.Count == 0)
        {
            Error(Child(root, "conversations") ?? root, "conversations", "missing: a list of conversations, each with a name and steps");
            return (null, errors);
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        var index = 0;
        foreach (var node in conversationNodes)
        {
            index++;
            conversationName = null;
            if (node is not YamlMappingNode conversation)
            {
                Error(node, $"conversations[{index}]", "a conversation is a mapping with 'name' and 'steps'");
                continue;
            }
            var name = Child(conversation, "name") is YamlScalarNode { Value: { Length: > 0 } n } ? n : null;
            conversationName = name ?? $"conversations[{index}]";
            if (name is null) Error(conversation, "name", "missing: say in a few words what the conversation checks");
            else if (!names.Add(name)) Error(Child(conversation, "name")!, "name", "another conversation of this file has the same name");
            CheckKeys(conversation, ConversationKeys, "", Error);
            var language = OptionalScalar(conversation, "lang", Error);
            var phone = OptionalScalar(conversation, "phone", Error);
            var steps = new List<ConversationStep>();
            if (Child(conversation, "steps") is YamlSequenceNode stepNodes && stepNodes.Children.Count > 0)
            {
                var number = 0;
                foreach (var stepNode in stepNodes)
                {
                    number++;
                    if (ParseStep(stepNode, $"steps[{number}]", Error) is { } step) steps.Add(step);
                }
                if (steps.Count > 0 && steps[0].Kind is not (ConversationStepKind.Dial or ConversationStepKind.SmsRegistration))
                    Error(stepNodes.Children[0], "steps[1]", "a conversation starts with a dial (or an sms_registration)");
            }
            else
            {
                Error(Child(conversation, "steps") ?? conversation, "steps", "missing: a list of steps (dial, send, expect)");
            }
            conversations.Add(new Conversation(conversationName, language, phone, steps, (int)conversation.Start.Line));
        }
        return errors.Count > 0 || menuId is null
            ? (null, [.. errors.OrderBy(e => e.Line)])
            : (new ConversationScript(fileName, menuId, conversations), errors);
    }

    private static ConversationStep? ParseStep(YamlNode node, string field, Action<YamlNode, string, string> error)
    {
        if (node is not YamlMappingNode step || step.Children.Count != 1)
        {
            error(node, field, "a step is one of: dial: \"\", send: \"1\", expect: { contains: \"...\" }");
            return null;
        }
        var (keyNode, valueNode) = step.Children.First();
        var key = Scalar(keyNode);
        var line = (int)step.Start.Line;
        switch (key)
        {
            case "dial":
            case "send":
            case "sms_registration":
                if (valueNode is not YamlScalarNode scalar)
                {
                    error(valueNode, $"{field}.{key}", "must be a single value, e.g. \"1\"");
                    return null;
                }
                if (key == "send" && string.IsNullOrEmpty(scalar.Value))
                {
                    error(valueNode, $"{field}.send", "must not be empty: write what the caller types, in quotes");
                    return null;
                }
                if (key == "sms_registration" && string.IsNullOrWhiteSpace(scalar.Value))
                {
                    error(valueNode, $"{field}.sms_registration", "must not be empty: write the name sent after INSCRIPTION, in quotes");
                    return null;
                }
                var kind = key switch
                {
                    "dial" => ConversationStepKind.Dial,
                    "send" => ConversationStepKind.Send,
                    _ => ConversationStepKind.SmsRegistration,
                };
                return new ConversationStep(kind, scalar.Value ?? "", null, line);
            case "expect":
                return ParseExpectation(valueNode, $"{field}.expect", error) is { } expectation
                    ? new ConversationStep(ConversationStepKind.Expect, "", expectation, line)
                    : null;
            default:
                error(keyNode, $"{field}.{key}", $"unknown step; expected one of: {string.Join(", ", StepKeys)}");
                return null;
        }
    }

    private static ReplyExpectation? ParseExpectation(YamlNode node, string field, Action<YamlNode, string, string> error)
    {
        if (node is not YamlMappingNode mapping || mapping.Children.Count == 0)
        {
            error(node, field, "write what to check, e.g. { contains: \"Merci\" }");
            return null;
        }
        var ok = true;
        void Error(YamlNode n, string f, string m)
        {
            ok = false;
            error(n, f, m);
        }
        CheckKeys(mapping, ExpectKeys, field + ".", Error);
        var expectation = new ReplyExpectation(
            Texts(mapping, "contains", field, Error),
            Texts(mapping, "not_contains", field, Error),
            OptionalScalar(mapping, "equals", Error, field + "."),
            OptionalScalar(mapping, "starts", Error, field + "."),
            OptionalScalar(mapping, "ends", Error, field + "."));
        return ok ? expectation : null;
    }

    private static List<string> Texts(YamlMappingNode node, string key, string field, Action<YamlNode, string, string> error)
    {
        switch (Child(node, key))
        {
            case null:
                return [];
            case YamlScalarNode { Value: { Length: > 0 } value }:
                return [value];
            case YamlSequenceNode list when list.All(n => n is YamlScalarNode { Value.Length: > 0 }):
                return [.. list.Select(Scalar)];
            case { } other:
                error(other, $"{field}.{key}", "must be a text or a list of texts");
                return [];
        }
    }

    private static string? OptionalScalar(YamlMappingNode node, string key, Action<YamlNode, string, string> error, string prefix = "")
    {
        var child = Child(node, key);
        if (child is null) return null;
        if (child is YamlScalarNode { Value: { Length: > 0 } value }) return value;
        error(child, prefix + key, "must be a single value");
        return null;
    }

    private static void CheckKeys(YamlMappingNode node, string[] allowed, string prefix, Action<YamlNode, string, string> error)
    {
        foreach (var key in node.Children.Keys)
            if (!allowed.Contains(Scalar(key)))
                error(key, prefix + Scalar(key), $"unknown field; expected one of: {string.Join(", ", allowed)}");
    }

    private static string Scalar(YamlNode node) => (node as YamlScalarNode)?.Value ?? "";

    private static YamlNode? Child(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var child) ? child : null;
}
