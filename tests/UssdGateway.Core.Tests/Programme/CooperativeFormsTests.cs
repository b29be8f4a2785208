using UssdGateway.Core.Programme;

namespace UssdGateway.Core.Tests.Programme;

public sealed class CooperativeFormsTests
{
    [Theory]
    [InlineData("gie", CooperativeForm.Gie)]
    [InlineData("production_cooperative", CooperativeForm.ProductionCooperative)]
    [InlineData("service_cooperative", CooperativeForm.ServiceCooperative)]
    [InlineData("collective_enterprise", CooperativeForm.CollectiveEnterprise)]
    public void TryParse_ReadsTheCode_BothWays(string code, CooperativeForm form)
    {
        CooperativeForms.TryParse(code, out var parsed).Should().BeTrue();
        parsed.Should().Be(form);
        CooperativeForms.Code(form).Should().Be(code);
        CooperativeForms.All.Should().Contain(form);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("GIE")]
    [InlineData("cooperative")]
    public void TryParse_ReturnsFalse_WhenTheCodeIsUnknown(string? code) =>
        CooperativeForms.TryParse(code, out _).Should().BeFalse();
}
