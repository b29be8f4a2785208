namespace UssdGateway.Deploy.Tests.Support;

/// <summary>
/// A fact that needs a command-line tool: skipped, with the reason, when the tool is not installed
/// (xunit 2 has no skip at run time, so the attribute decides). tests/run.sh installs the tools CI needs.
/// </summary>
public sealed class ToolFactAttribute : FactAttribute
{
    public ToolFactAttribute(string tool, string installHint)
    {
        if (ExternalTool.Find(tool) is null) Skip = $"{tool} is not installed here ({installHint})";
    }
}
