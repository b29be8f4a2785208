namespace UssdGateway.ScaleOut.Tests.Support;

/// <summary>
/// A fact that needs command-line tools: skipped, with the reason, when one is not installed (xunit 2 has no skip at
/// run time). tests/run.sh installs nginx and redis-server when run as root.
/// </summary>
public sealed class ToolFactAttribute : FactAttribute
{
    public ToolFactAttribute(params string[] tools)
    {
        var missing = tools.Where(t => ExternalTool.Find(t) is null).ToList();
        if (missing.Count > 0) Skip = $"{string.Join(" and ", missing)} not installed here (apt-get install {string.Join(' ', missing)}, or run tests/run.sh as root)";
    }
}
