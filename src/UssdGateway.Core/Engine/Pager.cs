using System.Text;
using UssdGateway.Core.Text;

namespace UssdGateway.Core.Engine;

/// <summary>
/// Cuts a screen (a header, numbered lines, navigation lines) into pages that fit the budget.
/// The header stands on the first page only; every page ends with the back line when going back
/// is possible, and with the more line when a page follows. Each page holds at least one line,
/// so a screen always moves forward, and a line that cannot fit even alone is cut short.
/// </summary>
public static class Pager
{
    private static readonly TextMeasure NewLine = GsmAlphabet.Measure("\n");

    /// <param name="header">Text above the lines; may be empty.</param>
    /// <param name="lines">Numbered lines (options, list items).</param>
    /// <param name="page">Zero-based page wanted; clamped to the last page.</param>
    /// <param name="backLine">Shown on pages after the first, and on the first when <paramref name="backOnFirstPage"/>.</param>
    /// <param name="moreLine">Shown when another page follows.</param>
    public static ScreenPage Render(
        string header, IReadOnlyList<string> lines, int page, ScreenBudget budget,
        string backLine, string moreLine, bool backOnFirstPage)
    {
        var headerMeasure = header.Length == 0 ? TextMeasure.Empty : GsmAlphabet.Measure(header);
        var lineMeasures = new TextMeasure[lines.Count];
        for (var i = 0; i < lines.Count; i++) lineMeasures[i] = GsmAlphabet.Measure(lines[i]);
        var back = GsmAlphabet.Measure(backLine);
        var more = GsmAlphabet.Measure(moreLine);

        var start = 0;
        for (var current = 0; ; current++)
        {
            var showBack = current > 0 || backOnFirstPage;
            var content = current == 0 ? headerMeasure : TextMeasure.Empty;
            var hasContent = current == 0 && header.Length > 0;

            // Does everything left fit on this page, without a "more" line?
            var all = content;
            var allHas = hasContent;
            for (var i = start; i < lines.Count; i++) Add(ref all, ref allHas, lineMeasures[i]);
            var lastFooter = Footer(all, allHas, showBack ? back : (TextMeasure?)null, null);
            if (budget.Fits(lastFooter))
                return Build(current, current == 0 ? header : "", lines, start, lines.Count, showBack ? backLine : null, null, budget);

            // Else fill the page leaving room for "more".
            var end = start;
            var filled = content;
            var filledHas = hasContent;
            while (end < lines.Count)
            {
                var trial = filled;
                var trialHas = filledHas;
                Add(ref trial, ref trialHas, lineMeasures[end]);
                if (!budget.Fits(Footer(trial, trialHas, showBack ? back : null, more)) && end > start) break;
                if (!budget.Fits(Footer(trial, trialHas, showBack ? back : null, more)) && end == start)
                {
                    // Not even one line fits under this header: the line goes to the next page if there is a header,
                    // else it stands alone, cut short.
                    if (current == 0 && header.Length > 0) break;
                    end++;
                    filled = trial;
                    break;
                }
                filled = trial;
                filledHas = trialHas;
                end++;
            }
            var hasMore = end < lines.Count;
            if (current >= page || !hasMore)
            {
                return Build(current, current == 0 ? header : "", lines, start, end,
                    showBack ? backLine : null, hasMore ? moreLine : null, budget);
            }
            start = end;
        }
    }

    /// <summary>A single text (question, end message) kept within the budget, cut short if it must be.</summary>
    public static ScreenPage Single(string text, ScreenBudget budget) => Fit(new ScreenPage(text, 0, false, false), budget);

    /// <summary>
    /// Like <see cref="Render"/>, but a screen that would need more than one page (or cutting) as written is
    /// sent in its GSM-7 spelling (<see cref="GsmTransliterator"/>), which holds twice as much.
    /// </summary>
    public static ScreenPage RenderWithFallback(
        string header, IReadOnlyList<string> lines, int page, ScreenBudget budget,
        string backLine, string moreLine, bool backOnFirstPage)
    {
        var first = Render(header, lines, 0, budget, backLine, moreLine, backOnFirstPage);
        if (!first.HasMore && !first.Truncated) return first;
        if (!NeedsTransliteration(header, lines, backLine, moreLine))
            return page == 0 ? first : Render(header, lines, page, budget, backLine, moreLine, backOnFirstPage);
        return Render(
            GsmTransliterator.ToGsm(header), lines.Select(GsmTransliterator.ToGsm).ToList(), page, budget,
            GsmTransliterator.ToGsm(backLine), GsmTransliterator.ToGsm(moreLine), backOnFirstPage);
    }

    /// <summary>Like <see cref="Single"/>, but a text that must be cut as written is sent in its GSM-7 spelling first.</summary>
    public static ScreenPage SingleWithFallback(string text, ScreenBudget budget)
    {
        var page = Single(text, budget);
        return page.Truncated && GsmAlphabet.IndexOfNonGsm(text) >= 0 ? Single(GsmTransliterator.ToGsm(text), budget) : page;
    }

    private static bool NeedsTransliteration(string header, IReadOnlyList<string> lines, string back, string more) =>
        GsmAlphabet.IndexOfNonGsm(header) >= 0 || GsmAlphabet.IndexOfNonGsm(back) >= 0 || GsmAlphabet.IndexOfNonGsm(more) >= 0
        || lines.Any(l => GsmAlphabet.IndexOfNonGsm(l) >= 0);

    private static ScreenPage Fit(ScreenPage page, ScreenBudget budget)
    {
        var measure = GsmAlphabet.Measure(page.Text);
        if (budget.Fits(measure)) return page;
        return page with { Text = Truncate(page.Text, budget), Truncated = true };
    }

    /// <summary>Cuts a text to the budget, ending with "..".</summary>
    public static string Truncate(string text, ScreenBudget budget)
    {
        var isGsm = GsmAlphabet.IndexOfNonGsm(text) < 0;
        return Cut(text, isGsm, isGsm ? budget.Gsm7Septets : budget.Ucs2Chars);
    }

    /// <summary>Cuts a text to <paramref name="size"/> septets (GSM-7) or characters (UCS-2), "..", included.</summary>
    private static string Cut(string text, bool isGsm, int size)
    {
        var limit = size - 2;
        var used = 0;
        var i = 0;
        for (; i < text.Length; i++)
        {
            var cost = isGsm ? GsmAlphabet.SeptetCost(text[i]) : 1;
            if (used + cost > limit) break;
            used += cost;
        }
        if (i > 0 && char.IsHighSurrogate(text[i - 1])) i--;
        return text[..i] + "..";
    }

    private static void Add(ref TextMeasure measure, ref bool hasContent, TextMeasure line)
    {
        measure = hasContent ? measure.Append(NewLine).Append(line) : line;
        hasContent = true;
    }

    private static TextMeasure Footer(TextMeasure content, bool hasContent, TextMeasure? back, TextMeasure? more)
    {
        if (back is { } b) Add(ref content, ref hasContent, b);
        if (more is { } m) Add(ref content, ref hasContent, m);
        return content;
    }

    /// <summary>
    /// Writes a page. When it is over the budget (a header or a line too long even alone), the body is cut
    /// short, never the back and more lines: the caller must still see how to move on.
    /// </summary>
    private static ScreenPage Build(
        int index, string header, IReadOnlyList<string> lines, int from, int to, string? back, string? more, ScreenBudget budget)
    {
        var body = new StringBuilder(200);
        if (header.Length > 0) body.Append(header);
        for (var i = from; i < to; i++)
        {
            if (body.Length > 0) body.Append('\n');
            body.Append(lines[i]);
        }
        var footer = back is not null && more is not null ? back + "\n" + more : back ?? more ?? "";
        var text = Join(body.ToString(), footer);
        var page = new ScreenPage(text, index, more is not null, false);
        var measure = GsmAlphabet.Measure(text);
        if (budget.Fits(measure)) return page;
        if (footer.Length == 0 || body.Length == 0) return Fit(page, budget);

        var tail = GsmAlphabet.Measure("\n" + footer);
        var room = budget.LimitFor(measure) - (measure.IsGsm7 ? tail.Septets : tail.Units);
        return page with { Text = Join(Cut(body.ToString(), measure.IsGsm7, room), footer), Truncated = true };
    }

    private static string Join(string body, string footer) =>
        body.Length == 0 ? footer : footer.Length == 0 ? body : body + "\n" + footer;
}
