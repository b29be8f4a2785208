using System.Globalization;
using UssdGateway.Core.Text;

namespace UssdGateway.Core.Simulation;

/// <summary>The size of a screen as the simulators print it under the screen: <c>[GSM-7 · 112/160 septets]</c>, <c>[UCS-2 · 64/80]</c>.</summary>
public static class ScreenSize
{
    public static string Describe(string text, ScreenBudget budget)
    {
        ArgumentNullException.ThrowIfNull(budget);
        var measure = GsmAlphabet.Measure(text);
        var size = measure.Size.ToString(CultureInfo.InvariantCulture);
        var limit = budget.LimitFor(measure).ToString(CultureInfo.InvariantCulture);
        return measure.IsGsm7 ? $"[GSM-7 · {size}/{limit} septets]" : $"[UCS-2 · {size}/{limit}]";
    }
}
