namespace UssdGateway.Deploy.Tests.Support;

/// <summary>The theory form of <see cref="ToolFactAttribute"/>: skipped, with the reason, when the tool is not installed.</summary>
public sealed class ToolTheoryAttribute : TheoryAttribute
{
    public ToolTheoryAttribute(string tool, string installHint)
    {
        if (ExternalTool.Find(tool) is null) Skip = $"{tool} is not installed here ({installHint})";
    }
}
