namespace UssdGateway.Core.Accounts;

/// <summary>Password rule for staff accounts: a long passphrase beats clever characters.</summary>
public static class StaffPasswords
{
    public const int MinLength = 10;
    public const int MaxLength = 200;
    public const string Rule = "10 to 200 characters";

    public static bool IsAcceptable(string? password) =>
        password is { Length: >= MinLength and <= MaxLength } && !string.IsNullOrWhiteSpace(password);
}
