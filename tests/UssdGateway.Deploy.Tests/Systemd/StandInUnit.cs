using UssdGateway.Deploy.Tests.Support;
using UssdGateway.Testing;

namespace UssdGateway.Deploy.Tests.Systemd;

/// <summary>
/// Temp copies of units from <c>deploy/single-server/</c> whose <c>ExecStart</c> program (absent on a test machine:
/// <c>/usr/bin/dotnet</c>, <c>/opt/ussdgateway/...</c>) is replaced by an executable stand-in script; every other
/// line is the shipped one. systemd-analyze checks that the program exists and is executable.
/// </summary>
internal sealed class StandInUnit : IDisposable
{
    private readonly TempDirectory _root = new("systemd");
    private readonly string _standIn;

    public StandInUnit()
    {
        _standIn = _root.WriteFile("stand-in", "#!/bin/sh\nexit 0\n");
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(_standIn, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute |
                UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
    }

    public static string Shipped(string unitName) => DeployFiles.Read("single-server", unitName);

    /// <summary>Copies the unit, its program (<paramref name="shippedProgram"/>, e.g. <c>/usr/bin/dotnet</c>) replaced; returns its path.</summary>
    public string Add(string unitName, string? shippedProgram = null)
    {
        var unit = Shipped(unitName);
        if (shippedProgram is not null)
        {
            unit.Should().Contain("ExecStart=" + shippedProgram + " ", $"{unitName} starts {shippedProgram}");
            unit = unit.Replace("ExecStart=" + shippedProgram + " ", "ExecStart=" + _standIn + " ", StringComparison.Ordinal);
        }
        return _root.WriteFile(unitName, unit);
    }

    public void Dispose() => _root.Dispose();
}
