using UssdGateway.Core.Programme;

namespace UssdGateway.Core.Tests.Programme;

public sealed class XofTests
{
    [Theory]
    [InlineData("150000", 150_000L)]
    [InlineData("150 000", 150_000L)]
    [InlineData(" 150.000 ", 150_000L)]
    [InlineData("150 000 FCFA", 150_000L)]
    [InlineData("2500f", 2_500L)]
    [InlineData("0", 0L)]
    [InlineData("1000000000", 1_000_000_000L)]
    public void TryParse_ReadsTheAmount_WhenTypedOnAKeypad(string text, long expected)
    {
        Xof.TryParse(text, out var amount).Should().BeTrue();
        amount.Should().Be(expected);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("-500")]
    [InlineData("12,5")]
    [InlineData("1000000001")]
    [InlineData("99999999999")]
    [InlineData("FCFA")]
    public void TryParse_ReturnsFalse_WhenNotAnAmountOrAbsurd(string? text)
    {
        Xof.TryParse(text, out var amount).Should().BeFalse();
        amount.Should().Be(0);
    }

    [Theory]
    [InlineData(0L, "0 FCFA")]
    [InlineData(500L, "500 FCFA")]
    [InlineData(150_000L, "150 000 FCFA")]
    [InlineData(1_000_000_000L, "1 000 000 000 FCFA")]
    public void Format_GroupsThousandsWithSpaces_WhenWritingFcfa(long amount, string expected)
    {
        Xof.Format(amount).Should().Be(expected);
    }

    [Fact]
    public void Validate_ThrowsWithTheRange_WhenTheAmountIsOutside()
    {
        var negative = () => Xof.Validate(-1, "amount", allowZero: true);
        var zero = () => Xof.Validate(0, "amount", allowZero: false);
        var absurd = () => Xof.Validate(Xof.Max + 1, "amount", allowZero: true);

        negative.Should().Throw<ArgumentOutOfRangeException>().WithMessage("*from 0 to 1 000 000 000 FCFA*").Which.ParamName.Should().Be("amount");
        zero.Should().Throw<ArgumentOutOfRangeException>().WithMessage("*from 1 to*");
        absurd.Should().Throw<ArgumentOutOfRangeException>();
        Xof.IsValid(0, allowZero: true).Should().BeTrue();
    }
}
