using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using UssdGateway.Admin.Security;

namespace UssdGateway.Tests.Admin.Console;

/// <summary>The login throttle on a fake clock: 5 failures of a name in 5 minutes lock it for 5 minutes; 20 lock an address.</summary>
public sealed class LoginThrottleTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 29, 9, 0, 0, TimeSpan.Zero));
    private readonly LoginThrottle _throttle;

    public LoginThrottleTests() => _throttle = new LoginThrottle(_time, Options.Create(new ConsoleSecurityOptions()));

    [Fact]
    public void LockedFor_IsNull_WhenFewerThanFiveFailures()
    {
        for (var i = 0; i < 4; i++) _throttle.RecordFailure("10.0.0.1", "awa");

        _throttle.LockedFor("10.0.0.1", "awa").Should().BeNull();
    }

    [Fact]
    public void LockedFor_LocksTheNameFromAnyAddressForFiveMinutes_WhenFiveFailuresCome()
    {
        for (var i = 0; i < 5; i++) _throttle.RecordFailure("10.0.0." + i, "Awa");

        _throttle.LockedFor("10.0.0.99", "awa").Should().Be(TimeSpan.FromMinutes(5));
        _time.Advance(TimeSpan.FromMinutes(4));
        _throttle.LockedFor("10.0.0.99", "awa").Should().Be(TimeSpan.FromMinutes(1));
        _time.Advance(TimeSpan.FromMinutes(1));
        _throttle.LockedFor("10.0.0.99", "awa").Should().BeNull();
        _throttle.LockedFor("10.0.0.99", "moussa").Should().BeNull();
    }

    [Fact]
    public void LockedFor_ForgetsOldFailures_WhenTheyLeaveTheWindow()
    {
        for (var i = 0; i < 4; i++) _throttle.RecordFailure("10.0.0.1", "awa");
        _time.Advance(TimeSpan.FromMinutes(5));

        _throttle.RecordFailure("10.0.0.1", "awa");

        _throttle.LockedFor("10.0.0.1", "awa").Should().BeNull();
    }

    [Fact]
    public void LockedFor_LocksTheAddress_WhenTwentyNamesFailFromIt()
    {
        for (var i = 0; i < 20; i++) _throttle.RecordFailure("10.0.0.1", "user" + i);

        _throttle.LockedFor("10.0.0.1", "someone-else").Should().Be(TimeSpan.FromMinutes(5));
        _throttle.LockedFor("10.0.0.2", "someone-else").Should().BeNull();
    }

    [Fact]
    public void RecordSuccess_ForgetsTheNamesFailures_WhenTheRightPasswordCame()
    {
        for (var i = 0; i < 4; i++) _throttle.RecordFailure("10.0.0.1", "awa");

        _throttle.RecordSuccess("awa");
        _throttle.RecordFailure("10.0.0.1", "awa");

        _throttle.LockedFor("10.0.0.1", "awa").Should().BeNull();
    }
}
