using UssdGateway.Core.Engine;
using UssdGateway.Core.Text;

namespace UssdGateway.Core.Tests.Engine;

public sealed class PagerTests
{
    private const string Back = "0. Retour";
    private const string More = "98. Suite";

    private static readonly ScreenBudget Budget = ScreenBudget.Default;

    [Fact]
    public void Render_ShowsEverythingOnOnePage_WhenItFits()
    {
        var page = Pager.Render("Accueil", ["1. Inscription", "2. Formations"], 0, Budget, Back, More, backOnFirstPage: false);

        page.Should().Be(new ScreenPage("Accueil\n1. Inscription\n2. Formations", 0, false, false));
    }

    [Fact]
    public void Render_EndsWithTheBackLine_WhenBackIsPossibleOnTheFirstPage()
    {
        var page = Pager.Render("Accueil", ["1. Inscription"], 0, Budget, Back, More, backOnFirstPage: true);

        page.Text.Should().Be("Accueil\n1. Inscription\n0. Retour");
        page.HasMore.Should().BeFalse();
    }

    [Fact]
    public void Render_ShowsOnlyTheHeader_WhenThereAreNoLines()
    {
        Pager.Render("Rien pour le moment.", [], 0, Budget, Back, More, backOnFirstPage: false).Text
            .Should().Be("Rien pour le moment.");
    }

    [Fact]
    public void Render_SplitsIntoPagesWithMoreAndBack_WhenLinesDoNotFitOneScreen()
    {
        var lines = Lines(14, n => $"{n}. Option numero {n}");

        var pages = AllPages("Choisissez une option:", lines, backOnFirstPage: false);

        pages.Should().HaveCountGreaterThan(1);
        pages[0].Text.Should().StartWith("Choisissez une option:\n1. Option numero 1\n").And.EndWith("\n98. Suite");
        pages[0].Text.Should().NotContain(Back);
        foreach (var page in pages.Skip(1))
        {
            page.Text.Should().NotContain("Choisissez", "the header stands on the first page only");
            page.Text.Should().Contain("\n0. Retour");
        }
        foreach (var page in pages.SkipLast(1))
        {
            page.HasMore.Should().BeTrue();
            page.Text.Should().EndWith(page.Index == 0 ? "\n98. Suite" : "\n0. Retour\n98. Suite");
        }
        pages[^1].HasMore.Should().BeFalse();
        pages[^1].Text.Should().EndWith("\n0. Retour").And.NotContain(More);
        pages.Select(p => p.Index).Should().Equal(Enumerable.Range(0, pages.Count));
    }

    [Fact]
    public void Render_KeepsGlobalNumberingAcrossPages_WhenPaged()
    {
        var lines = Lines(25, n => $"{n}. Region numero {n}");

        var shown = AllPages("Votre region:", lines, backOnFirstPage: true).SelectMany(p => OptionLines(p, lines)).ToList();

        shown.Should().Equal(lines);
    }

    [Theory]
    [InlineData(99)]
    [InlineData(int.MaxValue)]
    public void Render_ClampsToTheLastPage_WhenPageIsBeyondTheEnd(int wanted)
    {
        var lines = Lines(25, n => $"{n}. Region numero {n}");
        var last = AllPages("Votre region:", lines, backOnFirstPage: false)[^1];

        var page = Pager.Render("Votre region:", lines, wanted, Budget, Back, More, backOnFirstPage: false);

        page.Should().Be(last);
        page.HasMore.Should().BeFalse();
    }

    [Fact]
    public void Render_ShowsTheFirstPage_WhenPageIsNegative()
    {
        var lines = Lines(25, n => $"{n}. Region numero {n}");

        Pager.Render("Votre region:", lines, -2, Budget, Back, More, false).Index.Should().Be(0);
    }

    [Fact]
    public void Render_PutsFewerLinesOnAPage_WhenTheScreenIsUcs2()
    {
        var gsm = Lines(12, n => $"{n}. Baara ke ka jama dɛme".Replace('ɛ', 'e'));
        var ucs2 = Lines(12, n => $"{n}. Baara ke ka jama dɛme");

        var gsmPage = Pager.Render("Baara:", gsm, 0, Budget, Back, More, false);
        var ucs2Page = Pager.Render("Baara:", ucs2, 0, Budget, Back, More, false);

        OptionLines(ucs2Page, ucs2).Count().Should().BeLessThan(OptionLines(gsmPage, gsm).Count());
        GsmAlphabet.Measure(ucs2Page.Text).IsGsm7.Should().BeFalse();
        GsmAlphabet.Measure(ucs2Page.Text).Units.Should().BeLessThanOrEqualTo(80);
    }

    [Fact]
    public void Render_TreatsAPageAsUcs2_WhenOnlyTheNavigationTextIsNotGsm()
    {
        var lines = Lines(12, n => $"{n}. Option numero {n}");

        var page = Pager.Render("Menu:", lines, 0, Budget, "0. Segin", "98. Tɔ", false);

        GsmAlphabet.Measure(page.Text).IsGsm7.Should().BeFalse();
        page.Text.Length.Should().BeLessThanOrEqualTo(80);
        page.Text.Should().EndWith("\n98. Tɔ");
    }

    [Fact]
    public void Render_CutsAnOverLongLineButKeepsNavigation_WhenTheLineCannotFitEvenAlone()
    {
        var lines = new[] { "1. Court", "2. " + new string('x', 200), "3. Court aussi" };

        var pages = AllPages("", lines, backOnFirstPage: false);

        var cut = pages.Single(p => p.Text.Contains("2. xxx", StringComparison.Ordinal));
        cut.Truncated.Should().BeTrue();
        cut.Text.Should().Contain("x..\n").And.EndWith("0. Retour\n98. Suite");
        Budget.Fits(GsmAlphabet.Measure(cut.Text)).Should().BeTrue();
        pages[^1].Text.Should().Contain("3. Court aussi");
    }

    [Fact]
    public void Render_CutsAnOverLongHeaderButKeepsNavigation_WhenTheHeaderCannotFitWithTheFooter()
    {
        var header = "Ce numero est deja inscrit (" + new string('A', 180) + ").";

        var page = Pager.Render(header, ["1. Oui", "2. Non"], 0, Budget, Back, More, backOnFirstPage: true);

        page.Truncated.Should().BeTrue();
        page.Text.Should().StartWith("Ce numero est deja inscrit (AAA").And.EndWith("..\n0. Retour\n98. Suite");
        GsmAlphabet.Measure(page.Text).Septets.Should().Be(160);
        Pager.Render(header, ["1. Oui", "2. Non"], 1, Budget, Back, More, true).Text.Should().Be("1. Oui\n2. Non\n0. Retour");
    }

    [Fact]
    public void Render_FitsTheBudgetOnEveryPage_ForManyGeneratedOptionSets()
    {
        const string gsmPool = "abcdefghij klmnopqrstuvwxyz ABCDEFG 0123456789 .,'-:?àéèÇ€[]{}^";
        const string ucs2Pool = gsmPool + "ɛɔɲŋêç’";
        var random = new Random(223);
        ScreenBudget[] budgets = [ScreenBudget.Default, new(ScreenBudget.MaxGsm7, 91), new(100, 50)];
        for (var set = 0; set < 400; set++)
        {
            var budget = budgets[set % budgets.Length];
            var pool = set % 2 == 0 ? gsmPool : ucs2Pool;
            var header = random.Next(3) == 0 ? "" : "H:" + Generate(random, pool, random.Next(1, 70));
            var lines = Lines(random.Next(0, 40), n => $"{n}. " + Generate(random, pool, random.Next(1, random.Next(8) == 0 ? 200 : 40)));
            var backOnFirst = random.Next(2) == 0;
            var (back, more) = random.Next(2) == 0 ? (Back, More) : ("0. Segin", "98. Tɔ");

            var pages = new List<ScreenPage>();
            for (var p = 0; ; p++)
            {
                var page = Pager.Render(header, lines, p, budget, back, more, backOnFirst);
                pages.Add(page);
                var context = $"set {set}, page {p}:\n{page.Text}";
                budget.Fits(GsmAlphabet.Measure(page.Text)).Should().BeTrue(context);
                page.Index.Should().Be(p, context);
                page.Text.EndsWith("\n" + more, StringComparison.Ordinal).Should().Be(page.HasMore, context);
                if (p > 0 || backOnFirst) page.Text.Should().Contain(back, context);
                if (!page.HasMore) break;
                p.Should().BeLessThan(lines.Count + 1, "every page moves forward");
            }
            if (pages.Any(p => p.Truncated)) continue;
            pages.SelectMany(p => OptionLines(p, lines)).Should().Equal(lines, $"set {set}");
            if (header.Length > 0) pages[0].Text.Should().StartWith(header);
        }
    }

    [Fact]
    public void Single_LeavesTheText_WhenItFits()
    {
        Pager.Single("Merci Awa!", Budget).Should().Be(new ScreenPage("Merci Awa!", 0, false, false));
    }

    [Fact]
    public void Single_CutsToTheGsm7Budget_WhenTextIsTooLong()
    {
        var page = Pager.Single(new string('a', 300), Budget);

        page.Truncated.Should().BeTrue();
        page.Text.Should().Be(new string('a', 158) + "..");
    }

    [Fact]
    public void Single_CountsExtensionCharactersTwice_WhenCutting()
    {
        var page = Pager.Single(new string('€', 100), Budget);

        page.Text.Should().Be(new string('€', 79) + "..");
        GsmAlphabet.Measure(page.Text).Septets.Should().Be(160);
    }

    [Fact]
    public void Single_CutsTo80Characters_WhenTextIsUcs2()
    {
        var page = Pager.Single("Sɛbɛnni " + new string('a', 200), Budget);

        page.Text.Should().HaveLength(80).And.EndWith("..");
    }

    [Fact]
    public void Truncate_KeepsPairsWhole_WhenCuttingBetweenSurrogates()
    {
        var text = "a" + string.Concat(Enumerable.Repeat("😀", 60));

        var cut = Pager.Truncate(text, Budget);

        cut.Should().EndWith("😀..");
        cut.Length.Should().BeLessThanOrEqualTo(80);
    }

    private static List<string> Lines(int count, Func<int, string> line) => [.. Enumerable.Range(1, count).Select(line)];

    private static List<ScreenPage> AllPages(string header, IReadOnlyList<string> lines, bool backOnFirstPage)
    {
        var pages = new List<ScreenPage>();
        for (var p = 0; ; p++)
        {
            var page = Pager.Render(header, lines, p, Budget, Back, More, backOnFirstPage);
            pages.Add(page);
            if (!page.HasMore) return pages;
        }
    }

    private static IEnumerable<string> OptionLines(ScreenPage page, IReadOnlyCollection<string> lines) =>
        page.Text.Split('\n').Where(lines.Contains);

    private static string Generate(Random random, string pool, int length) =>
        new([.. Enumerable.Range(0, length).Select(_ => pool[random.Next(pool.Length)])]);
}
