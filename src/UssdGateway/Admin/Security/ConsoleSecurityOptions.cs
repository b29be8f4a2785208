namespace UssdGateway.Admin.Security;

/// <summary>Settings of the console's sign-in (section <c>Console</c>); defaults in code.</summary>
public sealed class ConsoleSecurityOptions
{
    public const string SectionName = "Console";

    /// <summary>Failed sign-ins of one user name, within <see cref="FailureWindow"/>, that lock it for <see cref="LockoutDuration"/>.</summary>
    public int MaxFailuresPerUsername { get; set; } = 5;

    /// <summary>Failed sign-ins from one address (any user name) that lock that address.</summary>
    public int MaxFailuresPerAddress { get; set; } = 20;

    public TimeSpan FailureWindow { get; set; } = TimeSpan.FromMinutes(5);

    public TimeSpan LockoutDuration { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How long a sign-in lasts without activity (sliding).</summary>
    public TimeSpan SessionIdle { get; set; } = TimeSpan.FromHours(8);

    /// <summary>
    /// <c>true</c>: cookies are always marked Secure (serve the console over HTTPS, or behind a TLS proxy).
    /// <c>false</c> (default): Secure when the request is HTTPS, so the console also works over plain HTTP on 127.0.0.1.
    /// </summary>
    public bool SecureCookiesAlways { get; set; }

    /// <summary>Folder of the Data Protection keys that sign cookies and anti-forgery tokens (relative to the root).</summary>
    public string KeysPath { get; set; } = "data/keys";
}
