using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using UssdGateway.Deploy.Tests.Support;
using UssdGateway.Testing;

namespace UssdGateway.Deploy.Tests.Prometheus;

/// <summary>
/// deploy/prometheus/ussdgateway-alerts.yaml: the rule file's structure, metric names that deploy/README.md
/// documents (the metrics piece implements exactly those), and <c>promtool check rules</c> when installed.
/// </summary>
public sealed partial class AlertRulesTests
{
    private static readonly string RulesFile = DeployFiles.PathOf("prometheus", "ussdgateway-alerts.yaml");

    private static readonly string[] Severities = ["warning", "critical"];

    private static IReadOnlyList<JsonObject> Rules => YamlToJson.Convert(File.ReadAllText(RulesFile))["groups"]!.AsArray()
        .SelectMany(g => g!["rules"]!.AsArray()).Select(r => r!.AsObject()).ToList();

    [Fact]
    public void RulesFile_HasGroupsOfAlertingRules_WithSeverityAndDescriptions()
    {
        var groups = YamlToJson.Convert(File.ReadAllText(RulesFile))["groups"]!.AsArray();

        groups.Should().NotBeEmpty();
        groups.Select(g => g!["name"]!.GetValue<string>()).Should().OnlyHaveUniqueItems();
        foreach (var rule in Rules)
        {
            var name = rule["alert"]!.GetValue<string>();
            name.Should().MatchRegex("^Ussdgw[A-Za-z0-9]+$");
            rule["expr"]!.GetValue<string>().Should().NotBeNullOrWhiteSpace(name);
            Severities.Should().Contain(rule["labels"]!["severity"]!.GetValue<string>(), name);
            rule["annotations"]!["summary"]!.GetValue<string>().Should().NotBeNullOrWhiteSpace(name);
            rule["annotations"]!["description"]!.GetValue<string>().Should().NotBeNullOrWhiteSpace(name);
            if (rule["for"] is { } wait) wait.GetValue<string>().Should().MatchRegex("^[0-9]+[smh]$", name);
            rule.Select(p => p.Key).Should().BeSubsetOf(["alert", "expr", "for", "labels", "annotations", "keep_firing_for"], name);
        }
        Rules.Select(r => r["alert"]!.GetValue<string>()).Should().OnlyHaveUniqueItems();
    }

    [Theory]
    [InlineData("UssdgwSmsOutboxBacklog", "ussdgw_sms_outbox_backlog")]
    [InlineData("UssdgwSmsProviderFailureRate", "ussdgw_sms_sent_total")]
    [InlineData("UssdgwAfricasTalkingInsufficientBalance", "code=\"405\"")]
    [InlineData("UssdgwRedisDown", "ussdgw_redis_up")]
    [InlineData("UssdgwHopLatencyP99High", "histogram_quantile(0.99")]
    public void RulesFile_AlertsOnWhatTheIssueAsks(string alert, string expressionPart)
    {
        Rules.Should().ContainSingle(r => r["alert"]!.GetValue<string>() == alert)
            .Which["expr"]!.GetValue<string>().Should().Contain(expressionPart);
    }

    [Fact]
    public void Expressions_UseOnlyTheMetricNamesDocumentedInTheDeployReadme()
    {
        var documented = DocumentedMetricNames();
        documented.Should().Contain(["ussdgw_hops_total", "ussdgw_hop_duration_seconds", "ussdgw_sms_sent_total",
            "ussdgw_sms_outbox_backlog", "ussdgw_redis_up", "ussdgw_sms_provider_errors_total"]);

        var used = Rules.SelectMany(r => MetricName().Matches(r["expr"]!.GetValue<string>()).Select(m => m.Value)).Distinct();

        used.Select(HistogramBase).Should().BeSubsetOf(documented);
    }

    [ToolFact("promtool", "apt-get install prometheus (large: tests/run.sh does not install it)")]
    public async Task RulesFile_PassesPromtoolCheckRules()
    {
        var result = await ProcessRunner.RunAsync(ExternalTool.Require("promtool"), ["check", "rules", RulesFile]);

        result.ExitCode.Should().Be(0, result.Describe());
    }

    /// <summary>The backticked <c>ussdgw_…</c> names in the "Expected metric names" section of deploy/README.md.</summary>
    private static HashSet<string> DocumentedMetricNames()
    {
        var readme = DeployFiles.Read("README.md");
        var start = readme.IndexOf("## Expected metric names", StringComparison.Ordinal);
        start.Should().BeGreaterThanOrEqualTo(0, "deploy/README.md must have an \"Expected metric names\" section");
        var end = readme.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
        var section = end < 0 ? readme[start..] : readme[start..end];
        return DocumentedName().Matches(section).Select(m => m.Groups[1].Value).ToHashSet();
    }

    /// <summary><c>x_bucket</c>, <c>x_sum</c>, <c>x_count</c> are series of the histogram <c>x</c>.</summary>
    private static string HistogramBase(string name) => HistogramSuffix().Replace(name, "");

    [GeneratedRegex(@"\bussdgw_[a-z0-9_]+")]
    private static partial Regex MetricName();

    [GeneratedRegex(@"`(ussdgw_[a-z0-9_]+)")]
    private static partial Regex DocumentedName();

    [GeneratedRegex("_(bucket|sum|count)$")]
    private static partial Regex HistogramSuffix();
}
