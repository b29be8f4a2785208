using Microsoft.Extensions.Time.Testing;
using UssdGateway.Core.Programme;

namespace UssdGateway.Core.Tests.Programme;

public sealed class ProgrammeCalendarTests
{
    [Fact]
    public void EndOfDay_IsTheNextBamakoMidnight_WhenAskedDuringTheDay()
    {
        BamakoTime.EndOfDay(new DateTimeOffset(2026, 12, 7, 23, 59, 0, TimeSpan.Zero)).Should().Be(new DateTimeOffset(2026, 12, 8, 0, 0, 0, TimeSpan.Zero));
        BamakoTime.EndOfDay(new DateTimeOffset(2026, 12, 7, 0, 0, 0, TimeSpan.Zero)).Should().Be(new DateTimeOffset(2026, 12, 8, 0, 0, 0, TimeSpan.Zero));
        BamakoTime.Today(new FakeTimeProvider(new DateTimeOffset(2026, 12, 7, 1, 0, 0, TimeSpan.FromHours(2)))).Should().Be(new DateOnly(2026, 12, 6));
    }

    [Theory]
    [InlineData(2012, "<15")]
    [InlineData(2011, "15-19")]
    [InlineData(2007, "15-19")]
    [InlineData(2006, "20-24")]
    [InlineData(1997, "25-29")]
    [InlineData(1996, "30-35")]
    [InlineData(1991, "30-35")]
    [InlineData(1990, "36+")]
    [InlineData(0, "?")] // not given yet (a registration by SMS)
    public void AgeBands_PutsTheBirthYearInItsBand_WhenTodayIsIn2026(int birthYear, string band)
    {
        AgeBands.Of(birthYear, new DateOnly(2026, 12, 7)).Should().Be(band);
    }

    [Theory]
    [InlineData("1234", true)]
    [InlineData("0000", true)]
    [InlineData("123", false)]
    [InlineData("12345", false)]
    [InlineData("12a4", false)]
    [InlineData(null, false)]
    public void LoanPin_AcceptsFourAsciiDigitsOnly_WhenChecked(string? pin, bool wellFormed)
    {
        LoanPin.IsWellFormed(pin).Should().Be(wellFormed);
    }

    [Fact]
    public void ProgrammeActor_TrimsAndClipsTheId_WhenCreated()
    {
        ProgrammeActor.Ussd(" +22376123456 ", isTest: true).Should().BeEquivalentTo(new { Id = "+22376123456", Channel = ActorChannel.Ussd, IsTest = true });
        ProgrammeActor.Staff(new string('a', 100)).Id.Should().HaveLength(ProgrammeActor.MaxIdLength);
        var empty = () => ProgrammeActor.System(" ");
        empty.Should().Throw<ArgumentException>();
    }
}
