using UssdGateway.Core.Programme;
using UssdGateway.Core.Sms;

namespace UssdGateway.Core.Tests.Sms;

public sealed class SmsKeywordRouterTests
{
    public static TheoryData<string, SmsCommandKind, long?, int?, long?, string?> Texts() => new()
    {
        // text as typed, kind, amount (whole reading), cooperative choice, amount after the choice, month (null: current)
        { "STOP", SmsCommandKind.Stop, null, null, null, null },
        { "stop", SmsCommandKind.Stop, null, null, null, null },
        { "  Stop  merci ", SmsCommandKind.Stop, null, null, null, null },
        { "ARRET", SmsCommandKind.Stop, null, null, null, null },
        { "arrêt", SmsCommandKind.Stop, null, null, null, null },
        { "ARRÊT\nmerci", SmsCommandKind.Stop, null, null, null, null },
        { "STPO", SmsCommandKind.Stop, null, null, null, null },
        { "STOPALL", SmsCommandKind.Stop, null, null, null, null },
        { "unsubscribe", SmsCommandKind.Stop, null, null, null, null },
        { "END", SmsCommandKind.Stop, null, null, null, null },
        { "START", SmsCommandKind.Start, null, null, null, null },
        { "Démarrer", SmsCommandKind.Start, null, null, null, null },
        { "Strat", SmsCommandKind.Start, null, null, null, null },
        { "AIDE", SmsCommandKind.Help, null, null, null, null },
        { "aidé", SmsCommandKind.Help, null, null, null, null },
        { "HELP", SmsCommandKind.Help, null, null, null, null },
        { "info", SmsCommandKind.Help, null, null, null, null },
        { "INFOS", SmsCommandKind.Help, null, null, null, null },
        { "VENTE 150000", SmsCommandKind.Sales, 150_000L, null, null, null },
        { "vente 150 000", SmsCommandKind.Sales, 150_000L, null, null, null },
        { "Vente 150.000", SmsCommandKind.Sales, 150_000L, null, null, null },
        { "VENTE 150000F", SmsCommandKind.Sales, 150_000L, null, null, null },
        { "VENTE 150 000 FCFA", SmsCommandKind.Sales, 150_000L, null, null, null },
        { "VNETE 150000", SmsCommandKind.Sales, 150_000L, null, null, null },
        { "VENT 0", SmsCommandKind.Sales, 0L, null, null, null },
        { "VENTE 150000 2026-10", SmsCommandKind.Sales, 150_000L, null, null, "2026-10" },
        { "VENTE 150 000 10/2026", SmsCommandKind.Sales, 150_000L, null, null, "2026-10" },
        { "VENTE 2 150000", SmsCommandKind.Sales, null, 2, 150_000L, null },
        { "VENTE 2 150 000 2026-11", SmsCommandKind.Sales, 2_150_000L, 2, 150_000L, "2026-11" },
        { "VENTE", SmsCommandKind.SalesUsage, null, null, null, null },
        { "VENTE beaucoup", SmsCommandKind.SalesUsage, null, null, null, null },
        { "VENTE 1500 00", SmsCommandKind.SalesUsage, null, null, null, null },
        { "VENTE 15 0000", SmsCommandKind.Sales, null, 15, 0L, null },
        { "VENTE -500", SmsCommandKind.SalesUsage, null, null, null, null },
        { "VENTE 2000000000", SmsCommandKind.SalesUsage, null, null, null, null },
        { "bonjour", SmsCommandKind.Unknown, null, null, null, null },
        { "TOP", SmsCommandKind.Unknown, null, null, null, null },
        { "", SmsCommandKind.Unknown, null, null, null, null },
        { "   ", SmsCommandKind.Unknown, null, null, null, null },
        { "150000", SmsCommandKind.Unknown, null, null, null, null },
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void Parse_ReadsTheCommand(string text, SmsCommandKind kind, long? amount, int? choice, long? choiceAmount, string? month)
    {
        var command = SmsKeywordRouter.Parse(text);

        command.Kind.Should().Be(kind, text);
        command.Amount.Should().Be(amount, text);
        command.Choice.Should().Be(choice, text);
        command.ChoiceAmount.Should().Be(choiceAmount, text);
        command.Month.Should().Be(month is null ? null : SalesMonth.Parse(month), text);
    }

    [Theory]
    [InlineData("  Arrêt   tout  ", "ARRET TOUT")]
    [InlineData("vente\t150\u00A0000", "VENTE 150 000")]
    public void Normalize_DropsCaseAccentsAndExtraSpaces(string text, string expected) =>
        SmsKeywordRouter.Normalize(text).Should().Be(expected);
}
