using UssdGateway.Core.Phones;

namespace UssdGateway.Core.Tests.Phones;

public sealed class PhoneMaskTests
{
    [Theory]
    [InlineData("+22376123456", "+22376****56")]
    [InlineData("+22366123499", "+22366****99")]
    [InlineData("+15005550006", "+150****06")]
    [InlineData("+33612345678", "+3361****78")]
    [InlineData("+2250712345678", "+22507****78")]
    public void Mask_KeepsTheCountryCodeTwoDigitsAndTheLastTwo_ForAnE164Number(string phone, string expected) =>
        PhoneMask.Mask(phone).Should().Be(expected);

    [Theory]
    [InlineData("76123456", "76****56")]
    [InlineData("abc123", "****")]
    [InlineData("+2237", "****37")]
    [InlineData("+", "****")]
    [InlineData("36123", "****")]
    public void Mask_HidesTheMiddle_WhenTheTextIsNotAFullE164Number(string phone, string expected) =>
        PhoneMask.Mask(phone).Should().Be(expected);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Mask_ReturnsEmpty_WhenThereIsNoNumber(string? phone) => PhoneMask.Mask(phone).Should().BeEmpty();

    [Fact]
    public void Mask_NeverShowsTheSubscriberNumber_ForMalianMobiles()
    {
        for (var i = 0; i < 1000; i++)
        {
            var phone = "+2237" + (1234567 + i * 7919).ToString("D7", System.Globalization.CultureInfo.InvariantCulture);
            var masked = PhoneMask.Mask(phone);

            masked.Should().NotContain(phone[6..10]).And.HaveLength(12);
        }
    }
}
