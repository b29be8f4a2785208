using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace UssdGateway.Deploy.Tests.Support;

/// <summary>Validates JSON documents against the schemas vendored under <c>deploy/schemas/</c>.</summary>
internal static class SchemaValidator
{
    private static readonly ConcurrentDictionary<string, JsonSchema> Schemas = new();

    /// <summary>
    /// The vendored compose-spec schema is older than its declared draft: it names its meta-schema
    /// <c>http://json-schema.org/draft/2019-09/schema#</c> (2019-09's address is https, without the fragment) and
    /// still carries draft-04 <c>"id": "#/..."</c> labels, which JsonSchema.Net refuses as unknown keywords.
    /// Both are mended in memory, the vendored file is untouched; the labels carry no validation. Its
    /// <c>"format": "duration"</c> means compose's Go-style durations (<c>10s</c>, <c>1m30s</c>), not the ISO 8601
    /// ones (<c>PT10S</c>) that JsonSchema.Net checks for that format: it becomes a pattern for Go durations.
    /// </summary>
    private const string MisnamedDraft = "http://json-schema.org/draft/2019-09/schema#";

    private const string GoDurationPattern = @"^([0-9]+(\.[0-9]+)?(ns|us|ms|s|m|h))+$";

    private static JsonSchema Load(string file)
    {
        var document = JsonNode.Parse(File.ReadAllText(file))!.AsObject();
        if (document["$schema"]?.GetValue<string>() == MisnamedDraft)
        {
            document["$schema"] = "https://json-schema.org/draft/2019-09/schema";
            MendComposeSpec(document);
        }
        return JsonSchema.FromText(document.ToJsonString(), new BuildOptions { SchemaRegistry = new SchemaRegistry() });
    }

    /// <summary>
    /// Removes every <c>"id"</c> whose value is a string (a property named id would hold a schema object) and turns
    /// <c>"format": "duration"</c> into the Go duration pattern.
    /// </summary>
    private static void MendComposeSpec(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                if (obj["id"] is JsonValue id && id.GetValueKind() == JsonValueKind.String) obj.Remove("id");
                if (obj["format"] is JsonValue format && format.GetValueKind() == JsonValueKind.String && format.GetValue<string>() == "duration")
                {
                    obj.Remove("format");
                    obj["pattern"] = GoDurationPattern;
                }
                foreach (var (_, child) in obj.ToList()) MendComposeSpec(child);
                break;
            case JsonArray array:
                foreach (var child in array) MendComposeSpec(child);
                break;
        }
    }

    /// <summary>Problems found, one line each (<c>/services/nginx: required: ...</c>); empty when valid.</summary>
    public static IReadOnlyList<string> Problems(string schemaFile, JsonNode document)
    {
        var schema = Schemas.GetOrAdd(schemaFile, Load);
        var results = schema.Evaluate(JsonSerializer.SerializeToElement(document), new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (results.IsValid) return [];
        return (results.Details ?? [])
            .Where(d => d.Errors is not null)
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}"))
            .DefaultIfEmpty("invalid (no detail given)")
            .ToList();
    }
}
