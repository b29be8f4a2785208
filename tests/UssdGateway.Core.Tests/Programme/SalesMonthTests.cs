using Microsoft.Extensions.Time.Testing;
using UssdGateway.Core.Programme;

namespace UssdGateway.Core.Tests.Programme;

public sealed class SalesMonthTests
{
    [Fact]
    public void Parse_ReadsYearAndMonth_WhenWrittenYyyyMm()
    {
        var month = SalesMonth.Parse("2026-11");

        month.Should().Be(new SalesMonth(2026, 11));
        month.ToString().Should().Be("2026-11");
        month.FirstDay.Should().Be(new DateOnly(2026, 11, 1));
    }

    [Theory]
    [InlineData("2026-13")]
    [InlineData("2026-00")]
    [InlineData("2026-1")]
    [InlineData("11/2026")]
    [InlineData("1999-12")]
    [InlineData("")]
    [InlineData(null)]
    public void TryParse_ReturnsFalse_WhenNotAMonth(string? text)
    {
        SalesMonth.TryParse(text, out _).Should().BeFalse();
        if (text is not null)
        {
            var parse = () => SalesMonth.Parse(text);
            parse.Should().Throw<FormatException>().WithMessage("*YYYY-MM*");
        }
    }

    [Fact]
    public void PreviousAndNext_CrossTheYear_WhenInJanuaryOrDecember()
    {
        new SalesMonth(2027, 1).Previous().Should().Be(new SalesMonth(2026, 12));
        new SalesMonth(2026, 12).Next().Should().Be(new SalesMonth(2027, 1));
        (new SalesMonth(2026, 12) > new SalesMonth(2026, 11)).Should().BeTrue();
        (new SalesMonth(2025, 12) < new SalesMonth(2026, 1)).Should().BeTrue();
    }

    [Fact]
    public void Current_IsTheBamakoMonth_WhenAskedAtTheTurnOfTheMonth()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 30, 23, 59, 59, TimeSpan.Zero));

        SalesMonth.Current(time).Should().Be(new SalesMonth(2026, 11));
        time.Advance(TimeSpan.FromSeconds(1));
        SalesMonth.Current(time).Should().Be(new SalesMonth(2026, 12));
    }
}
