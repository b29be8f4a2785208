using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using UssdGateway.Infrastructure.Data;
using UssdGateway.Testing;

namespace UssdGateway.Cli.Tests.Commands.Users;

/// <summary>Runs <c>ussdgw</c> account commands on a SQLite file of its own, with what standard input holds.</summary>
internal sealed class AccountCli : IDisposable
{
    private readonly TempDirectory _temp = new("cli-accounts");

    public string Database => _temp.Combine("data", "gw.db");

    public SqliteConnectionFactory Connections => new(Database);

    public async Task<(int ExitCode, string Output, string Error)> RunAsync(string input, params string[] args)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Paths:Root"] = _temp.Path,
            ["Database:Path"] = Database,
        }).Build();
        var output = new StringWriter();
        var error = new StringWriter();
        var context = new CliContext(() => configuration) { Input = new StringReader(input) };
        var exitCode = await CliApplication.RunAsync(args, context, output, error);
        return (exitCode, output.ToString(), error.ToString());
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _temp.Dispose();
    }
}
