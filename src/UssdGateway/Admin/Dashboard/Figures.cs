using System.Globalization;

namespace UssdGateway.Admin.Dashboard;

/// <summary>Numbers as the console shows them, in French (<c>1 234</c>, <c>12,5 %</c>, <c>300 000 FCFA</c>).</summary>
public static class Figures
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public static string Count(long value) => value.ToString("N0", French);

    public static string Xof(long value) => value.ToString("N0", French) + " FCFA";

    /// <summary>A share (0 to 1) as a percentage with one decimal; "—" when there is none.</summary>
    public static string Percent(double? share) => share is { } s ? (s * 100).ToString("0.0", French) + " %" : "—";

    public static double? Share(long part, long whole) => whole == 0 ? null : (double)part / whole;
}
