using UssdGateway.Core.Accounts;
using UssdGateway.Tests.Support;

namespace UssdGateway.Tests.Admin.Console;

/// <summary>One service (Production, fresh database) and a signed-in client per role, shared by a test class.</summary>
public sealed class ConsoleFactoryFixture : IAsyncLifetime
{
    public GatewayFactory Factory { get; } = new() { EnvironmentName = "Production" };

    public HttpClient Anonymous { get; private set; } = null!;
    public HttpClient Viewer { get; private set; } = null!;
    public HttpClient Staff { get; private set; } = null!;
    public HttpClient Admin { get; private set; } = null!;

    public HttpClient For(string who) => who switch
    {
        "anonymous" => Anonymous,
        "viewer" => Viewer,
        "staff" => Staff,
        "admin" => Admin,
        _ => throw new ArgumentOutOfRangeException(nameof(who), who, null),
    };

    public async Task InitializeAsync()
    {
        Anonymous = Factory.AnonymousClient();
        Viewer = await Factory.SignedInClientAsync(StaffRole.Viewer);
        Staff = await Factory.SignedInClientAsync(StaffRole.Staff);
        Admin = await Factory.SignedInClientAsync(StaffRole.Admin);
    }

    public Task DisposeAsync()
    {
        foreach (var client in new[] { Anonymous, Viewer, Staff, Admin }) client?.Dispose();
        Factory.Dispose();
        return Task.CompletedTask;
    }
}
