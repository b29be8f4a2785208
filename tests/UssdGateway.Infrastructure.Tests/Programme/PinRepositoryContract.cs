using UssdGateway.Core.Programme;
using UssdGateway.Infrastructure.Programme;

namespace UssdGateway.Infrastructure.Tests.Programme;

/// <summary>What the PIN repository must do in every dialect. Hashes use few iterations here (speed); one test uses the default.</summary>
public abstract class PinRepositoryContract : ProgrammeContractBase
{
    private static readonly DateTimeOffset Midnight = new(2026, 12, 8, 0, 0, 0, TimeSpan.Zero);

    protected IPinRepository Pins => new PinRepository(Connections, Time, iterations: 1_000);

    private ProgrammeActor Caller { get; } = ProgrammeActor.Ussd(Registrations.NewPhone(), isTest: true);

    private async Task<long> WithPinAsync(string pin = "4821")
    {
        var (beneficiary, _) = await Make.BeneficiaryAsync();
        (await Pins.SetAsync(beneficiary, pin, Caller)).Should().Be(PinSetOutcome.Set);
        return beneficiary;
    }

    [Fact]
    public virtual async Task SetAsync_SetsTheFirstPinOnly_WhenCalledTwice()
    {
        var (beneficiary, _) = await Make.BeneficiaryAsync();
        (await Pins.GetStatusAsync(beneficiary)).Should().Be(new PinStatus(PinState.NotSet, 3, null));

        (await Pins.SetAsync(beneficiary, "4821", Caller)).Should().Be(PinSetOutcome.Set);
        (await Pins.SetAsync(beneficiary, "1111", Caller)).Should().Be(PinSetOutcome.AlreadySet);

        (await Pins.GetStatusAsync(beneficiary)).Should().Be(new PinStatus(PinState.Active, 3, null));
        (await Pins.VerifyAsync(beneficiary, "4821", Caller)).Outcome.Should().Be(PinCheckOutcome.Accepted);
        (await Pins.VerifyAsync(beneficiary, "1111", Caller)).Outcome.Should().Be(PinCheckOutcome.Wrong);
    }

    [Fact]
    public virtual async Task SetAsync_RefusesWithAnOutcome_WhenThePinIsNotFourDigitsOrTheBeneficiaryIsUnknown()
    {
        var (beneficiary, _) = await Make.BeneficiaryAsync();

        foreach (var pin in new[] { "123", "12345", "12a4", "", " 1234", "١٢٣٤" })
            (await Pins.SetAsync(beneficiary, pin, Caller)).Should().Be(PinSetOutcome.Invalid, pin);
        (await Pins.SetAsync(long.MaxValue, "1234", Caller)).Should().Be(PinSetOutcome.BeneficiaryNotFound);
        (await Pins.GetStatusAsync(beneficiary)).State.Should().Be(PinState.NotSet);
    }

    [Fact]
    public virtual async Task VerifyAsync_ReturnsNotSet_WhenNoPinWasChosen()
    {
        var (beneficiary, _) = await Make.BeneficiaryAsync();

        (await Pins.VerifyAsync(beneficiary, "1234", Caller)).Should().Be(new PinCheckResult(PinCheckOutcome.NotSet, 3, null));
    }

    [Fact]
    public virtual async Task VerifyAsync_LocksUntilTheEndOfTheBamakoDay_WhenThreeWrongPinsAreTried()
    {
        var beneficiary = await WithPinAsync();

        (await Pins.VerifyAsync(beneficiary, "0000", Caller)).Should().Be(new PinCheckResult(PinCheckOutcome.Wrong, 2, null));
        (await Pins.VerifyAsync(beneficiary, "1234", Caller)).Should().Be(new PinCheckResult(PinCheckOutcome.Wrong, 1, null));
        (await Pins.VerifyAsync(beneficiary, "9999", Caller)).Should().Be(new PinCheckResult(PinCheckOutcome.Locked, 0, Midnight));

        (await Pins.VerifyAsync(beneficiary, "4821", Caller)).Should().Be(new PinCheckResult(PinCheckOutcome.Locked, 0, Midnight), "the right PIN is not even checked while locked");
        (await Pins.GetStatusAsync(beneficiary)).Should().Be(new PinStatus(PinState.Locked, 0, Midnight));
        Time.SetUtcNow(Midnight.AddTicks(-1));
        (await Pins.VerifyAsync(beneficiary, "4821", Caller)).Outcome.Should().Be(PinCheckOutcome.Locked);
        Time.SetUtcNow(Midnight);
        (await Pins.GetStatusAsync(beneficiary)).Should().Be(new PinStatus(PinState.Active, 3, null));
        (await Pins.VerifyAsync(beneficiary, "4821", Caller)).Should().Be(new PinCheckResult(PinCheckOutcome.Accepted, 3, null));
        (await Audit.GetForAsync("beneficiary", beneficiary.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .Select(a => a.Action).Should().Equal("pin.locked", "pin.set");
    }

    [Fact]
    public virtual async Task VerifyAsync_ForgetsWrongTries_WhenTheRightPinIsGivenOrTheDayChanges()
    {
        var beneficiary = await WithPinAsync();
        await Pins.VerifyAsync(beneficiary, "0000", Caller);
        await Pins.VerifyAsync(beneficiary, "0000", Caller);
        (await Pins.VerifyAsync(beneficiary, "4821", Caller)).Outcome.Should().Be(PinCheckOutcome.Accepted);
        (await Pins.VerifyAsync(beneficiary, "0000", Caller)).RemainingAttempts.Should().Be(2);
        await Pins.VerifyAsync(beneficiary, "0000", Caller);

        Time.SetUtcNow(Midnight.AddHours(8));

        (await Pins.GetStatusAsync(beneficiary)).RemainingAttempts.Should().Be(3);
        (await Pins.VerifyAsync(beneficiary, "0000", Caller)).Should().Be(new PinCheckResult(PinCheckOutcome.Wrong, 2, null));
    }

    [Fact]
    public virtual async Task VerifyAsync_CountsEveryTry_WhenTenWrongPinsArriveAtOnce()
    {
        var beneficiary = await WithPinAsync();
        var pins = Pins;

        var results = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => Task.Run(() => pins.VerifyAsync(beneficiary, "0000", Caller))));

        results.Count(r => r.Outcome == PinCheckOutcome.Wrong).Should().Be(2);
        results.Count(r => r.Outcome == PinCheckOutcome.Locked).Should().Be(8);
        (await pins.VerifyAsync(beneficiary, "4821", Caller)).Outcome.Should().Be(PinCheckOutcome.Locked);
    }

    [Fact]
    public virtual async Task ResetAsync_LetsTheYouthChooseANewPin_WhenStaffResetsALockedPin()
    {
        var beneficiary = await WithPinAsync();
        for (var i = 0; i < 3; i++) await Pins.VerifyAsync(beneficiary, "0000", Caller);

        (await Pins.ResetAsync(beneficiary, Staff)).Should().BeTrue();
        (await Pins.ResetAsync(beneficiary, Staff)).Should().BeFalse();

        (await Pins.GetStatusAsync(beneficiary)).State.Should().Be(PinState.NotSet);
        (await Pins.SetAsync(beneficiary, "7312", Caller)).Should().Be(PinSetOutcome.Set);
        (await Pins.VerifyAsync(beneficiary, "7312", Caller)).Outcome.Should().Be(PinCheckOutcome.Accepted);
    }

    [Fact]
    public virtual async Task VerifyAsync_AcceptsThePin_WhenHashedWithTheDefaultIterations()
    {
        var pins = new PinRepository(Connections, Time);
        var (beneficiary, _) = await Make.BeneficiaryAsync();
        await pins.SetAsync(beneficiary, "2580", Caller);

        (await pins.VerifyAsync(beneficiary, "2580", Caller)).Outcome.Should().Be(PinCheckOutcome.Accepted);
        (await pins.VerifyAsync(beneficiary, "2581", Caller)).Outcome.Should().Be(PinCheckOutcome.Wrong);
    }
}
