using UssdGateway.Core.Sms;

namespace UssdGateway.Admin.Dashboard;

/// <summary>
/// One provider's outgoing SMS over the period: the delivery rate is what was confirmed delivered among what reached
/// a final state or was handed over (sent, delivered, failed, unknown); queued and sending are still pending.
/// </summary>
public sealed record SmsProviderFigures(string Provider, int Total, int Pending, int Sent, int Delivered, int Failed, int Unknown)
{
    public double? DeliveryRate => Figures.Share(Delivered, Sent + Delivered + Failed + Unknown);

    public static IReadOnlyList<SmsProviderFigures> From(IEnumerable<SmsDeliveryCount> counts) =>
        counts.GroupBy(c => c.Provider, StringComparer.Ordinal)
            .Select(g =>
            {
                int Of(params string[] statuses) => g.Where(c => statuses.Contains(c.Status, StringComparer.Ordinal)).Sum(c => c.Count);
                return new SmsProviderFigures(g.Key, g.Sum(c => c.Count), Of("queued", "sending"), Of("sent"), Of("delivered"), Of("failed"), Of("unknown"));
            })
            .OrderBy(p => p.Provider, StringComparer.Ordinal)
            .ToList();
}
