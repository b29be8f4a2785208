using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using UssdGateway.Core.Menus;
using UssdGateway.Core.Menus.Lint;

namespace UssdGateway.Cli.Commands.Menus;

/// <summary>Writes a lint report for people (one line per problem, then a summary) or for machines (JSON).</summary>
internal static class LintReportWriter
{
    /// <summary><c>file:line › screen › field: message</c> (warnings say so after the field), then the summary line.</summary>
    public static string Text(MenuLintReport report, string folder)
    {
        var text = new StringBuilder();
        foreach (var problem in report.Problems) text.Append(Line(problem)).Append('\n');
        text.Append(Summary(report, folder)).Append('\n');
        return text.ToString();
    }

    public static string Line(MenuError problem) =>
        problem.IsWarning
            ? $"{problem.File}:{problem.Line} › {(problem.Screen is null ? "" : problem.Screen + " › ")}{problem.Field}: warning: {problem.Message}"
            : problem.ToString();

    /// <summary>E.g. <c>menus: 2 files checked (renapess.yaml, sms.yaml): 0 errors, 1 warning</c>.</summary>
    public static string Summary(MenuLintReport report, string folder)
    {
        var files = report.Files.Count;
        return $"{folder}: {Count(files, "file")} checked ({(files == 0 ? "none" : string.Join(", ", report.Files))}): "
               + $"{Count(report.ErrorCount, "error")}, {Count(report.WarningCount, "warning")}";
    }

    public static string Json(MenuLintReport report, string folder)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("folder", folder);
            json.WriteStartArray("files");
            foreach (var file in report.Files) json.WriteStringValue(file);
            json.WriteEndArray();
            json.WriteNumber("errors", report.ErrorCount);
            json.WriteNumber("warnings", report.WarningCount);
            json.WriteBoolean("passed", report.Passed);
            json.WriteStartArray("problems");
            foreach (var problem in report.Problems)
            {
                json.WriteStartObject();
                json.WriteString("file", problem.File);
                json.WriteNumber("line", problem.Line);
                if (problem.Screen is null) json.WriteNull("screen");
                else json.WriteString("screen", problem.Screen);
                json.WriteString("field", problem.Field);
                json.WriteString("severity", problem.IsWarning ? "warning" : "error");
                json.WriteString("rule", problem.Rule ?? MenuRules.Schema);
                json.WriteString("message", problem.Message);
                json.WriteString("text", Line(problem));
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static string Count(int n, string noun) => $"{n.ToString(CultureInfo.InvariantCulture)} {noun}{(n == 1 ? "" : "s")}";
}
