using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace UssdGateway.Testing;

/// <summary>
/// YAML documents as the JSON that compose and kubectl see: unquoted scalars read with the YAML 1.2 core
/// schema (null, true/false, numbers), quoted ones as strings, aliases expanded and merge keys (<c>&lt;&lt;</c>)
/// applied (keys written beside a merge win over the merged ones).
/// </summary>
public static partial class YamlToJson
{
    private const string MergeKey = "<<";

    /// <summary>Every document of a YAML stream (<c>---</c> separated); empty documents are skipped.</summary>
    public static IReadOnlyList<JsonNode> ConvertAll(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return stream.Documents
            .Select(d => Node(d.RootNode))
            .OfType<JsonNode>()
            .ToList();
    }

    public static JsonNode Convert(string yaml) => ConvertAll(yaml).Single();

    private static JsonNode? Node(YamlNode node) => node switch
    {
        YamlMappingNode mapping => Mapping(mapping),
        YamlSequenceNode sequence => new JsonArray([.. sequence.Children.Select(Node)]),
        YamlScalarNode scalar => Scalar(scalar),
        _ => throw new NotSupportedException(node.GetType().Name),
    };

    private static JsonObject Mapping(YamlMappingNode mapping)
    {
        var result = new JsonObject();
        foreach (var (key, value) in mapping.Children)
        {
            var name = ((YamlScalarNode)key).Value ?? "";
            if (name == MergeKey && ((YamlScalarNode)key).Style == ScalarStyle.Plain)
            {
                var merged = value is YamlSequenceNode many ? many.Children : [value];
                foreach (var source in merged.Cast<YamlMappingNode>())
                    foreach (var (mergedKey, mergedValue) in Mapping(source).ToList())
                        if (!mapping.Children.ContainsKey(new YamlScalarNode(mergedKey)) && !result.ContainsKey(mergedKey))
                            result[mergedKey] = mergedValue?.DeepClone();
                continue;
            }
            result[name] = Node(value);
        }
        return result;
    }

    private static JsonNode? Scalar(YamlScalarNode scalar)
    {
        var text = scalar.Value ?? "";
        if (scalar.Style != ScalarStyle.Plain) return JsonValue.Create(text);
        if (text is "" or "~" or "null" or "Null" or "NULL") return null;
        if (text is "true" or "True" or "TRUE") return JsonValue.Create(true);
        if (text is "false" or "False" or "FALSE") return JsonValue.Create(false);
        if (IntegerPattern().IsMatch(text)) return JsonValue.Create(long.Parse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture));
        if (FloatPattern().IsMatch(text)) return JsonValue.Create(double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture));
        return JsonValue.Create(text);
    }

    [GeneratedRegex("^[-+]?[0-9]+$")]
    private static partial Regex IntegerPattern();

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")]
    private static partial Regex FloatPattern();
}
