using UssdGateway.Core.Programme;
using UssdGateway.Infrastructure.Programme;

namespace UssdGateway.Infrastructure.Tests.Programme;

/// <summary>What the cooperative repository must do in every dialect (SQLite always, SQL Server when configured).</summary>
public abstract class CooperativeRepositoryContract : ProgrammeContractBase
{
    private static readonly SalesMonth November = new(2026, 11);
    private static readonly SalesMonth December = new(2026, 12);

    protected ICooperativeRepository Cooperatives => new CooperativeRepository(Connections, Time);

    private async Task<(long Cooperative, ProgrammeActor Leader)> CooperativeWithLeaderAsync()
    {
        var cooperative = await Make.CooperativeAsync();
        var phone = Registrations.NewPhone();
        await Cooperatives.AddLeaderAsync(cooperative, phone, null, Staff);
        return (cooperative, ProgrammeActor.Ussd(phone, isTest: true));
    }

    [Fact]
    public virtual async Task GetAsync_ReturnsEveryField_WhenCooperativeWasCreated()
    {
        var name = ProgrammeFixtures.Unique("Coopérative Yiriwa");

        var id = await Cooperatives.CreateAsync(new NewCooperative(name, CooperativeForm.ServiceCooperative, "sanitation", "V", 17, IsTest: true), Staff);

        (await Cooperatives.GetAsync(id)).Should().Be(new Cooperative(id, name, CooperativeForm.ServiceCooperative, "sanitation", "V", 17, true));
        (await Cooperatives.GetAsync(long.MaxValue)).Should().BeNull();
    }

    [Fact]
    public virtual async Task CreateAsync_Throws_WhenNameIsTakenInTheCommune()
    {
        var name = ProgrammeFixtures.Unique("GIE Jigiya");
        await Make.CooperativeAsync(name: name, commune: "III");

        var again = () => Make.CooperativeAsync(name: name, commune: "III");

        await again.Should().ThrowAsync<InvalidOperationException>();
        (await Make.CooperativeAsync(name: name, commune: "IV")).Should().BePositive("the same name may exist in another commune");
    }

    [Fact]
    public virtual async Task GetLedByPhoneAsync_ReturnsEveryCooperativeByName_WhenThePhoneLeadsSeveral()
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var zeta = await Make.CooperativeAsync(name: "Zeta " + suffix);
        var alpha = await Make.CooperativeAsync(name: "Alpha " + suffix);
        var other = await Make.CooperativeAsync();
        var (beneficiary, phone) = await Make.BeneficiaryAsync();

        (await Cooperatives.AddLeaderAsync(zeta, phone, beneficiary, Staff)).Should().BeTrue();
        (await Cooperatives.AddLeaderAsync(alpha, phone, null, Staff)).Should().BeTrue();
        (await Cooperatives.AddLeaderAsync(alpha, phone, null, Staff)).Should().BeFalse();
        await Cooperatives.AddLeaderAsync(other, Registrations.NewPhone(), null, Staff);

        (await Cooperatives.GetLedByPhoneAsync(phone)).Select(c => c.Id).Should().Equal(alpha, zeta);
        (await Cooperatives.GetLedByPhoneAsync(Registrations.NewPhone())).Should().BeEmpty();
    }

    [Fact]
    public virtual async Task ReportSalesAsync_RecordsTheMonth_WhenItHasNoReport()
    {
        var (cooperative, leader) = await CooperativeWithLeaderAsync();

        var result = await Cooperatives.ReportSalesAsync(cooperative, November, 175_000, leader);

        result.Outcome.Should().Be(SalesReportOutcome.Recorded);
        result.Previous.Should().BeNull();
        var report = await Cooperatives.GetReportAsync(cooperative, November);
        report.Should().Be(result.Current);
        report.Should().BeEquivalentTo(new
        {
            CooperativeId = cooperative, Month = November, AmountXof = 175_000L, Channel = SalesChannel.Ussd,
            ReportedBy = leader.Id, ReportedAt = Now, SupersedesId = (long?)null, IsCurrent = true, IsTest = true,
        });
        (await Cooperatives.GetReportAsync(cooperative, December)).Should().BeNull();
    }

    [Fact]
    public virtual async Task ReportSalesAsync_KeepsEveryVersionAsHistory_WhenTheMonthIsCorrected()
    {
        var (cooperative, leader) = await CooperativeWithLeaderAsync();
        var first = await Cooperatives.ReportSalesAsync(cooperative, November, 100_000, leader);
        Time.Advance(TimeSpan.FromHours(1));
        var second = await Cooperatives.ReportSalesAsync(cooperative, November, 120_000, leader);
        Time.Advance(TimeSpan.FromHours(1));
        var third = await Cooperatives.ReportSalesAsync(cooperative, November, 0, ProgrammeActor.Staff("agent", isTest: true));

        second.Outcome.Should().Be(SalesReportOutcome.Corrected);
        second.Previous!.Id.Should().Be(first.Current!.Id);
        second.Previous.IsCurrent.Should().BeFalse();
        third.Current!.SupersedesId.Should().Be(second.Current!.Id);
        third.Current.Channel.Should().Be(SalesChannel.Staff);

        var history = await Cooperatives.GetReportHistoryAsync(cooperative, November);
        history.Select(r => (r.AmountXof, r.IsCurrent)).Should().Equal((0L, true), (120_000L, false), (100_000L, false));
        history.Select(r => r.ReportedAt).Should().Equal(Now.AddHours(2), Now.AddHours(1), Now);
        (await Cooperatives.GetReportAsync(cooperative, November))!.AmountXof.Should().Be(0);
        (await Audit.GetForAsync("sales_report", third.Current.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .Should().ContainSingle().Which.Action.Should().Be("sales.corrected");
    }

    [Fact]
    public virtual async Task ReportSalesAsync_WritesNothing_WhenTheAmountIsUnchanged()
    {
        var (cooperative, leader) = await CooperativeWithLeaderAsync();
        var first = await Cooperatives.ReportSalesAsync(cooperative, November, 80_000, leader);

        var again = await Cooperatives.ReportSalesAsync(cooperative, November, 80_000, leader);

        again.Should().Be(new SalesReportResult(SalesReportOutcome.Unchanged, first.Current, null));
        (await Cooperatives.GetReportHistoryAsync(cooperative, November)).Should().ContainSingle();
    }

    [Fact]
    public virtual async Task ReportSalesAsync_AcceptsTheCurrentAndPreviousMonths_WhenReportedByStaffOrALeader()
    {
        var (cooperative, leader) = await CooperativeWithLeaderAsync();

        (await Cooperatives.ReportSalesAsync(cooperative, December, 1, leader)).Outcome.Should().Be(SalesReportOutcome.Recorded);
        (await Cooperatives.ReportSalesAsync(cooperative, new SalesMonth(2025, 1), Xof.Max, Staff)).Outcome.Should().Be(SalesReportOutcome.Recorded);
    }

    [Fact]
    public virtual async Task ReportSalesAsync_ReturnsNotLeaderOrNotFound_WhenTheReporterMayNotReport()
    {
        var (cooperative, _) = await CooperativeWithLeaderAsync();
        var stranger = ProgrammeActor.Sms(Registrations.NewPhone(), isTest: true);

        (await Cooperatives.ReportSalesAsync(cooperative, November, 5_000, stranger)).Outcome.Should().Be(SalesReportOutcome.NotLeader);
        (await Cooperatives.ReportSalesAsync(long.MaxValue, November, 5_000, Staff)).Outcome.Should().Be(SalesReportOutcome.CooperativeNotFound);
        (await Cooperatives.GetReportHistoryAsync(cooperative, November)).Should().BeEmpty();
    }

    [Fact]
    public virtual async Task ReportSalesAsync_ThrowsWithTheAcceptedRange_WhenTheAmountIsNegativeOrAbsurd()
    {
        var (cooperative, leader) = await CooperativeWithLeaderAsync();

        foreach (var amount in new[] { -1L, -150_000L, 1_000_000_001L, long.MaxValue })
        {
            var report = () => Cooperatives.ReportSalesAsync(cooperative, November, amount, leader);

            (await report.Should().ThrowAsync<ArgumentOutOfRangeException>()).WithMessage("*from 0 to 1 000 000 000 FCFA*");
        }
        (await Cooperatives.GetReportHistoryAsync(cooperative, November)).Should().BeEmpty();
    }

    [Fact]
    public virtual async Task ReportSalesAsync_Throws_WhenTheMonthIsInTheFutureOrTheReporterIsTheSystem()
    {
        var (cooperative, leader) = await CooperativeWithLeaderAsync();

        var future = () => Cooperatives.ReportSalesAsync(cooperative, new SalesMonth(2027, 1), 1_000, leader);
        var system = () => Cooperatives.ReportSalesAsync(cooperative, November, 1_000, ProgrammeActor.System("job", isTest: true));

        (await future.Should().ThrowAsync<ArgumentOutOfRangeException>()).WithMessage("*2027-01*after the current month (2026-12)*");
        await system.Should().ThrowAsync<ArgumentException>();
    }

    [Fact]
    public virtual async Task ReportSalesAsync_LeavesOneCurrentVersion_WhenTenReportsForAMonthRace()
    {
        var (cooperative, leader) = await CooperativeWithLeaderAsync();
        var cooperatives = Cooperatives;

        var results = await Task.WhenAll(Enumerable.Range(1, 10)
            .Select(i => Task.Run(() => cooperatives.ReportSalesAsync(cooperative, November, i * 1_000L, leader))));

        results.Count(r => r.Outcome == SalesReportOutcome.Recorded).Should().Be(1);
        results.Count(r => r.Outcome == SalesReportOutcome.Corrected).Should().Be(9);
        var history = await cooperatives.GetReportHistoryAsync(cooperative, November);
        history.Should().HaveCount(10);
        history.Count(r => r.IsCurrent).Should().Be(1);
        history.Where(r => r.SupersedesId is not null).Select(r => r.SupersedesId).Should().OnlyHaveUniqueItems().And.HaveCount(9);
    }
}
