using UssdGateway.Deploy.Tests.Support;
using UssdGateway.Testing;

namespace UssdGateway.Deploy.Tests.Systemd;

/// <summary>
/// A temp copy of <c>deploy/single-server/ussdgateway.service</c> whose <c>ExecStart</c> program (<c>/usr/bin/dotnet</c>,
/// absent on a test machine) is replaced by an executable stand-in script; every other line is the shipped one.
/// systemd-analyze checks that the program exists and is executable.
/// </summary>
internal sealed class StandInUnit : IDisposable
{
    public const string ShippedProgram = "/usr/bin/dotnet ";

    private readonly TempDirectory _root = new("systemd");

    public StandInUnit()
    {
        var standIn = _root.WriteFile("dotnet-stand-in", "#!/bin/sh\nexit 0\n");
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(standIn, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute |
            UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        var unit = Shipped.Replace("ExecStart=" + ShippedProgram, "ExecStart=" + standIn + " ", StringComparison.Ordinal);
        UnitFile = _root.WriteFile("ussdgateway.service", unit);
    }

    public static string Shipped => DeployFiles.Read("single-server", "ussdgateway.service");

    public string UnitFile { get; }

    public void Dispose() => _root.Dispose();
}
