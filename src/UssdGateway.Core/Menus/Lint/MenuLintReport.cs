namespace UssdGateway.Core.Menus.Lint;

/// <summary>What <see cref="MenuLinter"/> found: the files it read and every problem, in file and line order.</summary>
public sealed record MenuLintReport(IReadOnlyList<string> Files, IReadOnlyList<MenuError> Problems)
{
    public int ErrorCount => Problems.Count(p => !p.IsWarning);

    public int WarningCount => Problems.Count(p => p.IsWarning);

    /// <summary>No errors (warnings allowed).</summary>
    public bool Passed => ErrorCount == 0;
}
