using System.Text.RegularExpressions;

namespace UssdGateway.Cli;

/// <summary>Errors as one readable line for the terminal.</summary>
internal static partial class CliErrors
{
    public static string OneLine(Exception exception)
    {
        var message = exception is AggregateException { InnerExceptions.Count: 1 } aggregate
            ? aggregate.InnerExceptions[0].Message
            : exception.Message;
        return Whitespace().Replace(message, " ").Trim();
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
