using UssdGateway.Core.Text;

namespace UssdGateway.Core.Tests.Text;

public sealed class SmsSegmentsTests
{
    [Theory]
    [InlineData(0, 1)]
    [InlineData(160, 1)]
    [InlineData(161, 2)]
    [InlineData(306, 2)]
    [InlineData(307, 3)]
    [InlineData(459, 3)]
    [InlineData(460, 4)]
    public void Measure_CountsParts_WhenTheTextIsGsm7(int length, int parts)
    {
        var measure = SmsSegments.Measure(new string('a', length));

        measure.Should().Be(new SmsMeasure(true, length, parts, -1));
        measure.EncodingName.Should().Be("GSM-7");
    }

    [Theory]
    [InlineData(70, 1)]
    [InlineData(71, 2)]
    [InlineData(134, 2)]
    [InlineData(135, 3)]
    public void Measure_CountsPartsBy70Then67_WhenOneCharacterIsNotGsm7(int length, int parts)
    {
        var text = "ɛ" + new string('a', length - 1);

        SmsSegments.Measure(text).Should().Be(new SmsMeasure(false, length, parts, 0));
    }

    [Fact]
    public void Measure_CountsTwiceAndNeverSplits_WhenExtensionCharactersAppear()
    {
        SmsSegments.Measure(new string('€', 80)).Should().Be(new SmsMeasure(true, 160, 1, -1));
        // 152 septets then a two-septet character: it moves whole to the second part, so 306 septets can need 3 parts.
        SmsSegments.Measure(new string('a', 152) + "€" + new string('a', 151)).Segments.Should().Be(2);
        SmsSegments.Measure(new string('a', 152) + "€" + new string('a', 152)).Should().Be(new SmsMeasure(true, 306, 3, -1));
    }

    [Fact]
    public void Measure_PointsAtTheCharacter_WhenOneForcesUcs2()
    {
        var measure = SmsSegments.Measure("I ni ce! Kalan bɛ daminɛ.");

        measure.IsGsm7.Should().BeFalse();
        measure.FirstNonGsmIndex.Should().Be(16);
        measure.SingleLimit.Should().Be(70);
        measure.PerSegment.Should().Be(67);
    }
}
