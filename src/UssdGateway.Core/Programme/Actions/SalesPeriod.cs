using System.Globalization;
using UssdGateway.Core.Engine;

namespace UssdGateway.Core.Programme.Actions;

/// <summary>Reading the sales answers: the cooperative chosen, and the month as the caller's choice or <c>YYYY-MM</c>.</summary>
internal static class SalesPeriod
{
    public const string Current = "current";
    public const string Previous = "previous";

    public static bool TryCooperative(ActionContext context, out long cooperativeId) =>
        long.TryParse(context.Var("cooperative"), NumberStyles.None, CultureInfo.InvariantCulture, out cooperativeId);

    /// <summary>The month the caller chose (<c>current</c> or <c>previous</c> Bamako month).</summary>
    public static bool TryChosen(ActionContext context, out SalesMonth month)
    {
        var current = SalesMonth.Of(BamakoTime.DateOf(context.Now));
        month = context.Var("sales_month") switch
        {
            Current => current,
            Previous => current.Previous(),
            _ => default,
        };
        return month != default;
    }

    /// <summary>Shown to the caller: <c>11/2026</c>.</summary>
    public static string Label(SalesMonth month) =>
        string.Create(CultureInfo.InvariantCulture, $"{month.Month:D2}/{month.Year}");

    /// <summary>Whether the caller leads the cooperative (reports by USSD come from its leaders only).</summary>
    public static async Task<bool> LeadsAsync(ICooperativeRepository cooperatives, ActionContext context, long cooperativeId, CancellationToken cancellationToken) =>
        (await cooperatives.GetLedByPhoneAsync(context.Phone, cancellationToken)).Any(c => c.Id == cooperativeId);
}
