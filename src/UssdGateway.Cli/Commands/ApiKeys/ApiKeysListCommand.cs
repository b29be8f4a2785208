using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using UssdGateway.Cli.Commands.Users;
using UssdGateway.Core.Accounts;

namespace UssdGateway.Cli.Commands.ApiKeys;

/// <summary><c>ussdgw apikeys list</c>: name, prefix, role, created and revoked dates (never the key).</summary>
internal sealed class ApiKeysListCommand : Command
{
    private readonly CliContext _context;

    public ApiKeysListCommand(CliContext context)
        : base("list", "List the API keys (their prefixes, never the keys).")
    {
        _context = context;
        SetAction((parseResult, cancellationToken) => RunAsync(
            parseResult.InvocationConfiguration.Output, parseResult.InvocationConfiguration.Error, cancellationToken));
    }

    internal Task<int> RunAsync(TextWriter output, TextWriter error, CancellationToken cancellationToken) =>
        AccountCommandRunner.RunAsync(_context, "apikeys list", error, async services =>
        {
            var keys = await services.GetRequiredService<IApiKeys>().ListAsync(cancellationToken).ConfigureAwait(false);
            if (keys.Count == 0) await output.WriteLineAsync("no API key").ConfigureAwait(false);
            foreach (var key in keys)
            {
                static string Day(DateTimeOffset at) => at.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                var state = key.RevokedAt is { } revoked ? "revoked " + Day(revoked) : "active";
                await output.WriteLineAsync($"{key.Name,-24} {key.Prefix}…  {key.Role.Code(),-7} created {Day(key.CreatedAt)}  {state}").ConfigureAwait(false);
            }
            return 0;
        }, cancellationToken);
}
