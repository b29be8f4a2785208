using Microsoft.Extensions.Time.Testing;
using UssdGateway.Channels.Security;

namespace UssdGateway.Tests.Channels.Security;

public sealed class PhoneRateLimiterTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 29, 10, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Acquire_RefusesPastTheLimit_WithinAMinute()
    {
        var limiter = new PhoneRateLimiter(3, _time);

        var decisions = Enumerable.Range(0, 5).Select(_ => limiter.Acquire("+22376123456")).ToList();

        decisions.Should().Equal(RateDecision.Allowed, RateDecision.Allowed, RateDecision.Allowed, RateDecision.FirstRefused, RateDecision.Refused);
    }

    [Fact]
    public void Acquire_AllowsAgain_WhenTheMinuteHasPassed()
    {
        var limiter = new PhoneRateLimiter(2, _time);
        limiter.Acquire("+22376123456");
        limiter.Acquire("+22376123456");
        limiter.Acquire("+22376123456").Should().Be(RateDecision.FirstRefused);

        _time.Advance(TimeSpan.FromSeconds(59));
        limiter.Acquire("+22376123456").Should().Be(RateDecision.Refused);
        _time.Advance(TimeSpan.FromSeconds(1));

        limiter.Acquire("+22376123456").Should().Be(RateDecision.Allowed);
    }

    [Fact]
    public void Acquire_CountsEachNumberApart()
    {
        var limiter = new PhoneRateLimiter(1, _time);

        limiter.Acquire("+22376123456").Should().Be(RateDecision.Allowed);
        limiter.Acquire("+22376123457").Should().Be(RateDecision.Allowed);
        limiter.Acquire("+22376123456").Should().Be(RateDecision.FirstRefused);
    }

    [Fact]
    public void Acquire_NeverRefuses_WhenTheLimitIsZero()
    {
        var limiter = new PhoneRateLimiter(0, _time);

        Enumerable.Range(0, 1000).Select(_ => limiter.Acquire("+22376123456")).Should().AllBeEquivalentTo(RateDecision.Allowed);
    }

    [Fact]
    public void Acquire_StartsAFreshWindow_AfterOldWindowsWereSwept()
    {
        var limiter = new PhoneRateLimiter(1, _time);
        for (var i = 0; i < 100; i++) limiter.Acquire("+2237600" + i.ToString("D4", System.Globalization.CultureInfo.InvariantCulture));
        limiter.Acquire("+22376000000").Should().Be(RateDecision.FirstRefused);

        _time.Advance(TimeSpan.FromMinutes(2));

        limiter.Acquire("+22376000001").Should().Be(RateDecision.Allowed);
        limiter.Acquire("+22376000000").Should().Be(RateDecision.Allowed);
    }

    [Fact]
    public void Options_Allow60HopsAnd20SmsPerMinute_WhenNothingIsConfigured()
    {
        var options = new WebhookRateLimitOptions();

        (options.UssdHopsPerMinute, options.SmsPerMinute).Should().Be((60, 20));
    }
}
