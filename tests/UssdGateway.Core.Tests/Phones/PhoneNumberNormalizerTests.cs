using UssdGateway.Core.Phones;

namespace UssdGateway.Core.Tests.Phones;

public sealed class PhoneNumberNormalizerTests
{
    [Theory]
    [InlineData("76 12 34 56", "+22376123456")]
    [InlineData("76123456", "+22376123456")]
    [InlineData("+223 76 12 34 56", "+22376123456")]
    [InlineData("+22376123456", "+22376123456")]
    [InlineData("0022376123456", "+22376123456")]
    [InlineData("66 12 34 56", "+22366123456")]
    [InlineData("90 12 34 56", "+22390123456")]
    public void TryNormalizeMali_ReturnsE164_WhenTheNumberIsMalian(string input, string expected)
    {
        PhoneNumberNormalizer.TryNormalizeMali(input, out var e164).Should().BeTrue();
        e164.Should().Be(expected);
        PhoneNumberNormalizer.TryNormalize(input, out var any).Should().BeTrue();
        any.Should().Be(expected);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("abc")]
    [InlineData("7612345")]
    [InlineData("761234567")]
    [InlineData("+223 00 12 34 56")]
    [InlineData("123456789012345678901234567890123")]
    public void TryNormalize_Refuses_WhenTheNumberIsInvalid(string? input)
    {
        PhoneNumberNormalizer.TryNormalize(input, out var e164).Should().BeFalse();
        e164.Should().BeEmpty();
        PhoneNumberNormalizer.TryNormalizeMali(input, out _).Should().BeFalse();
    }

    [Theory]
    [InlineData("+33 6 12 34 56 78", "+33612345678")]
    [InlineData("+221 77 123 45 67", "+221771234567")]
    [InlineData("00225 07 07 12 34 56", "+2250707123456")]
    public void TryNormalize_AcceptsAForeignNumber_ThatTryNormalizeMaliRejects(string input, string expected)
    {
        PhoneNumberNormalizer.TryNormalize(input, out var e164).Should().BeTrue();
        e164.Should().Be(expected);
        PhoneNumberNormalizer.TryNormalizeMali(input, out var mali).Should().BeFalse();
        mali.Should().BeEmpty();
    }
}
