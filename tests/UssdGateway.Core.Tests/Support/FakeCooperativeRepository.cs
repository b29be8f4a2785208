using UssdGateway.Core.Programme;

namespace UssdGateway.Core.Tests.Support;

/// <summary>Cooperatives, leaders and sales reports in lists, with the repository's rules for reports and corrections.</summary>
internal sealed class FakeCooperativeRepository : ICooperativeRepository
{
    public List<Cooperative> Cooperatives { get; } = [];

    public List<(long CooperativeId, string Phone)> Leaders { get; } = [];

    public List<SalesReport> Reports { get; } = [];

    public int ReportCalls { get; private set; }

    public Cooperative Add(string name, params string[] leaders)
    {
        var cooperative = new Cooperative(Cooperatives.Count + 1, name, CooperativeForm.ProductionCooperative, "food", "IV", 12, true);
        Cooperatives.Add(cooperative);
        foreach (var phone in leaders) Leaders.Add((cooperative.Id, phone));
        return cooperative;
    }

    public Task<IReadOnlyList<Cooperative>> GetLedByPhoneAsync(string phone, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<Cooperative>>([.. Cooperatives
            .Where(c => Leaders.Contains((c.Id, phone)))
            .OrderBy(c => c.Name, StringComparer.Ordinal)]);

    public Task<SalesReport?> GetReportAsync(long cooperativeId, SalesMonth month, CancellationToken cancellationToken = default) =>
        Task.FromResult(Reports.SingleOrDefault(r => r.CooperativeId == cooperativeId && r.Month == month && r.IsCurrent));

    public Task<SalesReportResult> ReportSalesAsync(long cooperativeId, SalesMonth month, long amountXof, ProgrammeActor actor, CancellationToken cancellationToken = default)
    {
        ReportCalls++;
        Xof.Validate(amountXof, nameof(amountXof), allowZero: true);
        if (Cooperatives.All(c => c.Id != cooperativeId)) return Task.FromResult(new SalesReportResult(SalesReportOutcome.CooperativeNotFound, null, null));
        if (!Leaders.Contains((cooperativeId, actor.Id))) return Task.FromResult(new SalesReportResult(SalesReportOutcome.NotLeader, null, null));
        var index = Reports.FindIndex(r => r.CooperativeId == cooperativeId && r.Month == month && r.IsCurrent);
        var previous = index < 0 ? null : Reports[index];
        if (previous?.AmountXof == amountXof) return Task.FromResult(new SalesReportResult(SalesReportOutcome.Unchanged, previous, null));
        if (previous is not null) Reports[index] = previous with { IsCurrent = false };
        var report = new SalesReport(Reports.Count + 1, cooperativeId, month, amountXof, SalesChannel.Ussd, actor.Id, DateTimeOffset.UnixEpoch,
            previous?.Id, true, actor.IsTest);
        Reports.Add(report);
        return Task.FromResult(new SalesReportResult(previous is null ? SalesReportOutcome.Recorded : SalesReportOutcome.Corrected, report, previous));
    }

    public Task<long> CreateAsync(NewCooperative cooperative, ProgrammeActor actor, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task<bool> AddLeaderAsync(long cooperativeId, string phone, long? beneficiaryId, ProgrammeActor actor, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task<Cooperative?> GetAsync(long cooperativeId, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task<IReadOnlyList<SalesReport>> GetReportHistoryAsync(long cooperativeId, SalesMonth month, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();
}
