using System.Diagnostics;
using UssdGateway.Testing;

namespace UssdGateway.Tests.Hosting;

/// <summary>The real service process refuses to start on a bad menu or setting, and says why.</summary>
public sealed class StartupTests
{
    [Fact]
    public async Task Service_RefusesToStartAndNamesEveryProblem_WhenAMenuIsInvalid()
    {
        using var root = new TempDirectory("ussdgw-start");
        root.WriteFile("menus/broken.yaml", """
            menu: broken
            service_codes: ["*1#"]
            languages: [fr]
            start: welcome
            screens:
              welcome:
                type: menu
                text: { fr: "Bonjour" }
                options:
                  - { text: { fr: "Suite" }, nxt: nowhere }
            """);

        var (exitCode, errors) = await RunServiceAsync(root.Path);

        exitCode.Should().Be(1);
        errors.Should().Contain("UssdGateway cannot start")
            .And.Contain("broken.yaml:10 › welcome › options[1].nxt: unknown field")
            .And.Contain("broken.yaml:10 › welcome › options[1].next: missing");
    }

    [Fact]
    public async Task Service_RefusesToStart_WhenASettingIsOutOfRange()
    {
        using var root = new TempDirectory("ussdgw-start");
        Directory.CreateDirectory(Path.Combine(root.Path, "menus"));
        File.Copy(Path.Combine(RepositoryRoot.Menus, "renapess.yaml"), Path.Combine(root.Path, "menus", "renapess.yaml"));

        var (exitCode, errors) = await RunServiceAsync(root.Path, ("Ussd__Gsm7Budget", "500"));

        exitCode.Should().Be(1);
        errors.Should().Contain("Ussd:Gsm7Budget must be between 40 and 182");
    }

    private static async Task<(int ExitCode, string Errors)> RunServiceAsync(string root, params (string Name, string Value)[] environment)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "UssdGateway.dll"), "--urls", "http://127.0.0.1:0"])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            WorkingDirectory = root,
        };
        start.Environment["Paths__Root"] = root;
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        foreach (var (name, value) in environment) start.Environment[name] = value;
        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("the service did not stop by itself: " + await output);
        }
        return (process.ExitCode, await errors + await output);
    }
}
