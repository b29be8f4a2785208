namespace UssdGateway.Cli.Tests.Commands.Menus;

/// <summary>What a command printed and returned.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    public override string ToString() => $"exit {ExitCode}\n{Output}\n{Error}";
}
