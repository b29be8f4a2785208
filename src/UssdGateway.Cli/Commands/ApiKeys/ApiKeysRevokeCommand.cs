using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using UssdGateway.Cli.Commands.Users;
using UssdGateway.Core.Accounts;

namespace UssdGateway.Cli.Commands.ApiKeys;

/// <summary><c>ussdgw apikeys revoke --name N</c>: the key stops working at once.</summary>
internal sealed class ApiKeysRevokeCommand : Command
{
    private readonly CliContext _context;
    private readonly Option<string> _name = new("--name") { Required = true, Description = "The active key's name." };

    public ApiKeysRevokeCommand(CliContext context)
        : base("revoke", "Revoke an API key.")
    {
        _context = context;
        Add(_name);
        SetAction((parseResult, cancellationToken) => RunAsync(
            parseResult.GetRequiredValue(_name), parseResult.InvocationConfiguration.Output, parseResult.InvocationConfiguration.Error, cancellationToken));
    }

    internal Task<int> RunAsync(string name, TextWriter output, TextWriter error, CancellationToken cancellationToken) =>
        AccountCommandRunner.RunAsync(_context, "apikeys revoke", error, async services =>
        {
            if (!await services.GetRequiredService<IApiKeys>().RevokeAsync(name, AccountCommandRunner.Actor, cancellationToken).ConfigureAwait(false))
                return await AccountCommandRunner.FailAsync(error, $"no active API key named {name.Trim()}").ConfigureAwait(false);
            await output.WriteLineAsync($"API key {name.Trim()} revoked").ConfigureAwait(false);
            return 0;
        }, cancellationToken);
}
