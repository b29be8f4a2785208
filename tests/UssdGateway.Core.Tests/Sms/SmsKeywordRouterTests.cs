using System.Globalization;
using UssdGateway.Core.Programme;
using UssdGateway.Core.Sms;
using UssdGateway.Testing;

namespace UssdGateway.Core.Tests.Sms;

/// <summary>
/// What the shipped keyword table (<c>menus/sms.yaml</c>) accepts and what each text becomes, read in November 2026
/// (so "no month" is 2026-10 and a month name without year is the latest one not after November 2026).
/// An expectation reads: the command, then for sales the whole amount and the month, then "| #n amount" when the words
/// also read as a cooperative number and an amount (a leader of several picks that reading); "[bm]" marks a Bambara keyword.
/// </summary>
public sealed class SmsKeywordRouterTests
{
    private static readonly SalesMonth November2026 = new(2026, 11);

    private static readonly SmsKeywordRouter Router =
        new(SmsTemplates.Load(Path.Combine(RepositoryRoot.Menus, "sms.yaml")).Keywords);

    public static TheoryData<string, string> Texts() => new()
    {
        // opt-out, opt-in, help: case, accents, extra spaces, one slip in words of 4 letters or more
        { "STOP", "stop" },
        { "  Stop  merci ", "stop" },
        { "arrêt", "stop" },
        { "ARRÊT\nmerci", "stop" },
        { "STPO", "stop" },
        { "DABILA", "stop [bm]" },
        { "STOPALL", "stop" },
        { "unsubscribe", "stop" },
        { "Cancel", "stop" },
        { "END", "stop" },
        { "quit", "stop" },
        { "UNSUBSCRIBR", "unknown" }, // Twilio's words only as written: a slip must not opt anyone out
        { "CANCLE", "unknown" },
        { "QIUT", "unknown" },
        { "TOP", "unknown" }, // under 4 letters: only as written
        { "START", "start" },
        { "Démarrer", "start" },
        { "Strat", "start" },
        { "segin", "start [bm]" },
        { "AIDE", "help" },
        { "aidé", "help" },
        { "HELP", "help" },
        { "info", "help" },
        { "INFOS", "help" },
        { "dɛmɛ", "help [bm]" },

        // VENTE: the examples; no month = last month (2026-10)
        { "VENTE 11/2026 150000", "sales 150000 2026-11" },
        { "vente nov 150 000", "sales 150000 2026-11" },
        { "Vente novembre 150.000F", "sales 150000 2026-11" },
        { "V 150000", "sales 150000 2026-10" },
        { "VENTE 0", "sales 0 2026-10" },
        { "VENTE 150000", "sales 150000 2026-10" },
        { "Vente 150.000", "sales 150000 2026-10" },
        { "VENTE 150000F", "sales 150000 2026-10" },
        { "VENTE 150 000 FCFA", "sales 150000 2026-10" },
        { "VENTE 150.000 F", "sales 150000 2026-10" },
        { "VENTE  150000   nov ", "sales 150000 2026-11" },
        { "VNETE 150000", "sales 150000 2026-10" },
        { "VENT 0", "sales 0 2026-10" },
        { "VENTES oct. 90000", "sales 90000 2026-10" },
        // months: numeric both ways, names with or without accents, abbreviations, with a year
        { "VENTE 2026-10 150000", "sales 150000 2026-10" },
        { "VENTE 150000 2026-10", "sales 150000 2026-10" },
        { "VENTE 150000 11/2026", "sales 150000 2026-11" },
        { "VENTE 150000 FCFA nov.", "sales 150000 2026-11" },
        { "VENTE 150 000 10/2026", "sales 150000 2026-10" },
        { "VENTE 9/2026 5000", "sales 5000 2026-09" },
        { "VENTE février 5000", "sales 5000 2026-02" },
        { "VENTE fevrier 5000", "sales 5000 2026-02" },
        { "VENTE FÉV 5000", "sales 5000 2026-02" },
        { "VENTE août 5000", "sales 5000 2026-08" },
        { "VENTE aout 5000", "sales 5000 2026-08" },
        { "VENTE déc 5000", "sales 5000 2025-12" }, // the latest December not in the future
        { "VENTE dec. 5000", "sales 5000 2025-12" },
        { "VENTE décembre 5000", "sales 5000 2025-12" },
        { "VENTE nov 2025 5000", "sales 5000 2025-11" },
        { "VENTE 5000 nov 2025", "sales 5000 2025-11" },
        { "VENTE nov 2026", "sales 2026 2026-11" }, // a year right after the month, with nothing after it, is the amount
        // Bambara keywords
        { "FEERE nov 150000", "sales 150000 2026-11 [bm]" },
        { "jago 75 000", "sales 75000 2026-10 | #75 0 [bm]" }, // a leader of one cooperative takes the whole amount
        // several cooperatives: a number of 1 or 2 digits first; a bare number is never a month
        { "VENTE 2 150000", "sales - 2026-10 | #2 150000" },
        { "VENTE 2 150 000", "sales 2150000 2026-10 | #2 150000" },
        { "VENTE 2 nov 150000", "sales - 2026-11 | #2 150000" },
        { "VENTE 2 150000 nov", "sales - 2026-11 | #2 150000" },
        { "VENTE 11 150000", "sales - 2026-10 | #11 150000" },
        { "VENTE 2 150 000 2026-11", "sales 2150000 2026-11 | #2 150000" },
        { "VENTE 15 0000", "sales - 2026-10 | #15 0" },
        // unreadable amounts or months: how to write it
        { "VENTE", "sales-usage" },
        { "VENTE nov", "sales-usage" },
        { "VENTE beaucoup", "sales-usage" },
        { "VENTE 1500 00", "sales-usage" },
        { "VENTE -500", "sales-usage" },
        { "VENTE 2000000000", "sales-usage" },
        { "VENTE 13/2026 5000", "sales-usage" },
        { "VENTE 150000 2026", "sales-usage" },

        // CORRIGER: the same grammar
        { "CORRIGER nov 175000", "correct 175000 2026-11" },
        { "corriger 11/2026 175 000", "correct 175000 2026-11" },
        { "CORIGER oct 1000", "correct 1000 2026-10" },
        { "CORRECTION 175000", "correct 175000 2026-10" },
        { "latilen nov 175000", "correct 175000 2026-11 [bm]" },
        { "CORRIGER", "correct-usage" },

        // INSCRIPTION: the rest as typed
        { "INSCRIPTION Awa Traoré", "register Awa Traoré" },
        { "inscription   awa   TRAORE ", "register awa TRAORE" },
        { "INSCRIPTOIN Moussa Keïta", "register Moussa Keïta" },
        { "Inscrire Fatoumata Diarra", "register Fatoumata Diarra" },
        { "TƆGƆ Assitan Koné", "register Assitan Koné [bm]" },
        { "togo Assitan Koné", "register Assitan Koné [bm]" },
        { "INSCRIPTION", "register-usage" },
        { "INSCRIPTION A", "register-usage" },
        { "INSCRIPTION 12345", "register-usage" },

        // SOLDE: a 4-digit PIN
        { "SOLDE 1234", "balance 1234" },
        { "solde  0042 ", "balance 0042" },
        { "SLODE 1234", "balance 1234" },
        { "PRÊT 1234", "balance 1234" },
        { "juru 1234", "balance 1234 [bm]" },
        { "SOLDE", "balance-usage" },
        { "SOLDE 123", "balance-usage" },
        { "SOLDE 12345", "balance-usage" },
        { "SOLDE abcd", "balance-usage" },

        // anything else
        { "bonjour", "unknown" },
        { "", "unknown" },
        { "   ", "unknown" },
        { "150000", "unknown" },
        { "nov 150000", "unknown" },
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void Parse_ReadsTheCommandTheTableSays(string text, string expected) =>
        Describe(Router.Parse(text, November2026)).Should().Be(expected, "'{0}' is read so", text);

    [Theory]
    [InlineData("  Arrêt   tout  ", "ARRET TOUT")]
    [InlineData("vente\t150\u00A0000", "VENTE 150 000")]
    [InlineData("Tɔgɔ ɲɛ ŋ", "TOGO NYE NG")]
    public void Normalize_DropsCaseAccentsAndExtraSpaces_AndWritesBambaraLettersTheOldWay(string text, string expected) =>
        SmsKeywordRouter.Normalize(text).Should().Be(expected);

    [Fact]
    public void Parse_TakesTheLastMonth_WhenNoneIsWritten_InJanuary()
    {
        var command = Router.Parse("VENTE 1000", new SalesMonth(2027, 1));

        command.Month.Should().Be(new SalesMonth(2026, 12));
    }

    private static string Describe(SmsCommand command)
    {
        var kind = command.Kind switch
        {
            SmsCommandKind.SalesUsage => "sales-usage",
            SmsCommandKind.CorrectUsage => "correct-usage",
            SmsCommandKind.RegisterUsage => "register-usage",
            SmsCommandKind.BalanceUsage => "balance-usage",
            SmsCommandKind.Correct => "correct",
            SmsCommandKind.Register => "register",
            SmsCommandKind.Balance => "balance",
            var other => other.ToString().ToLowerInvariant(),
        };
        var text = kind;
        if (command.Kind is SmsCommandKind.Sales or SmsCommandKind.Correct)
        {
            text += " " + (command.Amount?.ToString(CultureInfo.InvariantCulture) ?? "-") + " " + command.Month;
            if (command.Choice is { } choice)
                text += string.Create(CultureInfo.InvariantCulture, $" | #{choice} {command.ChoiceAmount}");
        }
        if (command.Argument is { } argument) text += " " + argument;
        if (command.Language == "bm") text += " [bm]";
        return text;
    }
}
