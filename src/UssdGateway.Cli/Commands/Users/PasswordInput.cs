using System.Text;

namespace UssdGateway.Cli.Commands.Users;

/// <summary>
/// Where a new password comes from: the first line of standard input (<c>--password-stdin</c>), the terminal (asked
/// twice, not echoed), or <c>--password</c> (visible in the shell history and process list: a warning says so).
/// </summary>
internal sealed class PasswordInput
{
    private readonly CliContext _context;

    public PasswordInput(CliContext context) => _context = context;

    public async Task<string?> ReadAsync(bool fromStdin, string? fromArgument, TextWriter error)
    {
        if (fromArgument is not null)
        {
            await error.WriteLineAsync("warning: --password leaves the password in the shell history and the process list; prefer --password-stdin or the prompt").ConfigureAwait(false);
            return fromArgument;
        }
        if (fromStdin || !IsTerminal) return (await _context.Input.ReadLineAsync().ConfigureAwait(false))?.TrimEnd('\r');

        await error.WriteAsync("Password: ").ConfigureAwait(false);
        var first = ReadHidden();
        await error.WriteAsync("Password again: ").ConfigureAwait(false);
        var second = ReadHidden();
        if (first != second)
        {
            await error.WriteLineAsync("error: the two passwords differ").ConfigureAwait(false);
            return null;
        }
        return first;
    }

    private bool IsTerminal => ReferenceEquals(_context.Input, Console.In) && !Console.IsInputRedirected;

    private static string ReadHidden()
    {
        var text = new StringBuilder();
        while (true)
        {
            var key = Console.ReadKey(intercept: true);
            if (key.Key == ConsoleKey.Enter) break;
            if (key.Key == ConsoleKey.Backspace) { if (text.Length > 0) text.Length--; continue; }
            if (!char.IsControl(key.KeyChar)) text.Append(key.KeyChar);
        }
        Console.Error.WriteLine();
        return text.ToString();
    }
}
