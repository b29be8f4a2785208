using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace UssdGateway.Admin.Dashboard;

/// <summary>
/// A horizontal bar chart as inline SVG, drawn on the server: no script, readable by screen readers (a title listing
/// every value), scaled to the screen's width. Each bar carries <c>data-key</c> and <c>data-value</c>.
/// </summary>
public static class SvgBarChart
{
    private const int Width = 400;
    private const int LabelWidth = 175;
    private const int ValueWidth = 50;
    private const int BarHeight = 18;
    private const int Gap = 6;

    public static IHtmlContent Render(string id, string title, IReadOnlyList<ChartBar> bars)
    {
        var encode = HtmlEncoder.Default;
        var text = new StringBuilder();
        var height = Math.Max(1, bars.Count) * (BarHeight + Gap) + Gap;
        var max = bars.Count == 0 ? 0 : bars.Max(b => b.Value);
        var summary = bars.Count == 0 ? "aucune donnée" : string.Join(", ", bars.Select(b => $"{b.Label} : {Number(b.Value)}"));
        text.Append(CultureInfo.InvariantCulture,
            $"<figure data-chart=\"{encode.Encode(id)}\"><figcaption id=\"{encode.Encode(id)}-title\">{encode.Encode(title)}</figcaption>");
        text.Append(CultureInfo.InvariantCulture,
            $"<svg role=\"img\" aria-labelledby=\"{encode.Encode(id)}-title {encode.Encode(id)}-desc\" viewBox=\"0 0 {Width} {height}\" width=\"100%\" preserveAspectRatio=\"xMinYMin meet\" font-size=\"14\">");
        text.Append(CultureInfo.InvariantCulture, $"<desc id=\"{encode.Encode(id)}-desc\">{encode.Encode(summary)}</desc>");
        if (bars.Count == 0)
            text.Append(CultureInfo.InvariantCulture, $"<text x=\"0\" y=\"{BarHeight}\" fill=\"#4a4a4a\">Aucune donnée</text>");
        for (var i = 0; i < bars.Count; i++)
        {
            var bar = bars[i];
            var y = Gap + i * (BarHeight + Gap);
            var length = max == 0 ? 0 : (int)Math.Round((double)bar.Value / max * (Width - LabelWidth - ValueWidth));
            text.Append(CultureInfo.InvariantCulture,
                $"<g data-key=\"{encode.Encode(bar.Key)}\" data-value=\"{bar.Value.ToString(CultureInfo.InvariantCulture)}\">" +
                $"<text x=\"{LabelWidth - 6}\" y=\"{y + BarHeight - 5}\" text-anchor=\"end\" fill=\"#1b1b1b\">{encode.Encode(Clip(bar.Label))}</text>" +
                $"<rect x=\"{LabelWidth}\" y=\"{y}\" width=\"{length}\" height=\"{BarHeight}\" fill=\"#0b6e7f\"></rect>" +
                $"<text x=\"{LabelWidth + length + 4}\" y=\"{y + BarHeight - 5}\" fill=\"#1b1b1b\">{encode.Encode(Number(bar.Value))}</text></g>");
        }
        text.Append("</svg></figure>");
        return new HtmlString(text.ToString());
    }

    private static string Clip(string label) => label.Length <= 19 ? label : label[..18] + "…";

    private static string Number(long value) => Figures.Count(value);
}
