using UssdGateway.Core.Simulation;

namespace UssdGateway.Core.Tests.Simulation;

public sealed class ReplyExpectationTests
{
    private static ReplyExpectation Expect(
        string[]? contains = null, string[]? notContains = null, string? equals = null, string? starts = null, string? ends = null) =>
        new(contains ?? [], notContains ?? [], equals, starts, ends);

    [Fact]
    public void Check_Passes_WhenEveryConditionHolds()
    {
        Expect(["S'inscrire"], ["Choix"], "CON Accueil\n1. S'inscrire", "CON", "inscrire").Check("CON Accueil\r\n1. S'inscrire").Should().BeNull();
    }

    [Theory]
    [InlineData("CON Accueil", "does not contain \"Merci\"")]
    public void Check_SaysWhatIsMissing_WhenTheReplyLacksAText(string reply, string why)
    {
        Expect(["Merci"]).Check(reply).Should().Be(why);
    }

    [Fact]
    public void Check_SaysWhatFailed_WhenAnyKindOfConditionFails()
    {
        Expect(notContains: ["Choix"]).Check("CON Choix invalide.").Should().Be("contains \"Choix\", which it must not");
        Expect(equals: "END Merci").Check("END Merci!").Should().Be("is not equal to the expected text");
        Expect(starts: "END").Check("CON Merci").Should().Be("does not start with \"END\"");
        Expect(ends: "?").Check("CON Nom:").Should().Be("does not end with \"?\"");
    }

    [Fact]
    public void Check_Passes_WhenTheReplyHasTheGsm7SpellingOfTheExpectedText()
    {
        Expect(["Nimɔrɔ in sɛbɛnnen"], equals: "CON Nimɔrɔ in sɛbɛnnen don").Check("CON Nimòrò in sèbènnen don").Should().BeNull();
        Expect(["ɲi"]).Check("CON A ka nyi wa?").Should().BeNull();
    }

    [Fact]
    public void Check_IgnoresAFinalLineBreak_WhenComparingWholeTexts()
    {
        Expect(equals: "CON Langue:\n1. Français\n").Check("CON Langue:\n1. Français").Should().BeNull();
    }
}
