using UssdGateway.Core.Menus;

namespace UssdGateway.Core.Tests.Menus;

public sealed class ConditionTests
{
    [Theory]
    [InlineData("registered", "true", true)]
    [InlineData("registered", "yes", true)]
    [InlineData("registered", "2", true)]
    [InlineData("registered", "false", false)]
    [InlineData("registered", "0", false)]
    [InlineData("registered", "no", false)]
    [InlineData("registered", "", false)]
    [InlineData("registered", null, false)]
    [InlineData("not registered", "true", false)]
    [InlineData("not registered", "false", true)]
    [InlineData("not registered", null, true)]
    [InlineData("  not   registered  ", null, true)]
    [InlineData("registered == true", "true", true)]
    [InlineData("registered == true", "True", false)]
    [InlineData("registered==\"true\"", "true", true)]
    [InlineData("registered == 'true'", "true", true)]
    [InlineData("registered == true", null, false)]
    [InlineData("registered != true", "true", false)]
    [InlineData("registered != true", "false", true)]
    [InlineData("registered != true", null, true)]
    [InlineData("registered == ", null, true)]
    public void Evaluate_FollowsTheStaffRules_ForEachWrittenForm(string source, string? value, bool expected)
    {
        var vars = new Dictionary<string, string>();
        if (value is not null) vars["registered"] = value;

        var condition = Condition.TryParse(source, out var error);

        error.Should().BeNull();
        condition!.Variable.Should().Be("registered");
        condition.Source.Should().Be(source);
        condition.Evaluate(vars).Should().Be(expected);
    }

    [Fact]
    public void Evaluate_ComparesTheLanguage_WhenWrittenAsAnEquality()
    {
        var condition = Condition.TryParse("language == bm", out _)!;

        condition.Evaluate(new Dictionary<string, string> { ["language"] = "bm" }).Should().BeTrue();
        condition.Evaluate(new Dictionary<string, string> { ["language"] = "fr" }).Should().BeFalse();
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("registered and adult")]
    [InlineData("1registered")]
    [InlineData("== bm")]
    [InlineData("lang uage == bm")]
    [InlineData("!registered")]
    [InlineData("registered > 2")]
    public void TryParse_ReturnsNullWithAnError_WhenTheConditionCannotBeRead(string source)
    {
        var condition = Condition.TryParse(source, out var error);

        condition.Should().BeNull();
        error.Should().StartWith($"cannot read condition '{source}'");
    }
}
