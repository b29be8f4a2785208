namespace UssdGateway.Core.Sessions;

/// <summary>Reads the per-screen funnel from the hop log (test traffic excluded).</summary>
public interface IFunnelReader
{
    /// <param name="day">A day in Bamako time (UTC+0).</param>
    Task<IReadOnlyList<ScreenFunnelRow>> GetFunnelAsync(DateOnly day, string? menuId = null, CancellationToken cancellationToken = default);
}
