using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using UssdGateway.Cli.Commands.Users;
using UssdGateway.Core.Accounts;

namespace UssdGateway.Cli.Commands.ApiKeys;

/// <summary><c>ussdgw apikeys add --name N --role staff</c>: prints the new key once (only its hash is kept).</summary>
internal sealed class ApiKeysAddCommand : Command
{
    private readonly CliContext _context;
    private readonly Option<string> _name = new("--name") { Required = true, Description = "What the key is for (unique among active keys)." };
    private readonly Option<string> _role = new("--role") { Required = true, Description = "admin, staff or viewer." };

    public ApiKeysAddCommand(CliContext context)
        : base("add", "Create an API key and print it once.")
    {
        _context = context;
        Add(_name);
        Add(_role);
        SetAction((parseResult, cancellationToken) => RunAsync(
            parseResult.GetRequiredValue(_name), parseResult.GetRequiredValue(_role),
            parseResult.InvocationConfiguration.Output, parseResult.InvocationConfiguration.Error, cancellationToken));
    }

    internal async Task<int> RunAsync(string name, string roleCode, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (!StaffRoles.TryParse(roleCode, out var role)) return await AccountCommandRunner.FailAsync(error, $"'{roleCode}' is not a role: admin, staff or viewer").ConfigureAwait(false);
        if (string.IsNullOrWhiteSpace(name) || name.Trim().Length > Infrastructure.Accounts.ApiKeys.MaxNameLength)
            return await AccountCommandRunner.FailAsync(error, $"the name must be 1 to {Infrastructure.Accounts.ApiKeys.MaxNameLength} characters").ConfigureAwait(false);

        return await AccountCommandRunner.RunAsync(_context, "apikeys add", error, async services =>
        {
            var created = await services.GetRequiredService<IApiKeys>().CreateAsync(name, role, AccountCommandRunner.Actor, cancellationToken).ConfigureAwait(false);
            if (created is null) return await AccountCommandRunner.FailAsync(error, $"an active key is already named {name.Trim()} (revoke it first)").ConfigureAwait(false);
            await output.WriteLineAsync(created.Key).ConfigureAwait(false);
            await error.WriteLineAsync($"API key {created.Info.Name} ({created.Info.Prefix}…, role {role.Code()}) created: copy it now, it is not shown again. " +
                                       "Send it as the X-Api-Key header (or Authorization: Bearer).").ConfigureAwait(false);
            return 0;
        }, cancellationToken).ConfigureAwait(false);
    }
}
