using System.CommandLine;

namespace UssdGateway.Cli.Commands.ApiKeys;

/// <summary><c>ussdgw apikeys …</c>: API keys for integrations calling <c>/api</c>.</summary>
internal sealed class ApiKeysCommand : Command
{
    public ApiKeysCommand(CliContext context)
        : base("apikeys", "API keys for integrations (add, revoke, list).")
    {
        Add(new ApiKeysAddCommand(context));
        Add(new ApiKeysRevokeCommand(context));
        Add(new ApiKeysListCommand(context));
    }
}
