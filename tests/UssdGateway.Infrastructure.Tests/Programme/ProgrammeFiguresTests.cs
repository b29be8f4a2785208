using Microsoft.Extensions.Time.Testing;
using UssdGateway.Core.Programme;
using UssdGateway.Infrastructure.Data;
using UssdGateway.Infrastructure.Programme;
using UssdGateway.Infrastructure.Tests.Data;

namespace UssdGateway.Infrastructure.Tests.Programme;

/// <summary>Programme figures on a SQLite file holding hand-made data only (figures read the whole database).</summary>
public sealed class ProgrammeFiguresTests : IAsyncLifetime, IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 9, 0, 0, TimeSpan.Zero);
    private static readonly ProgrammeActor Staff = ProgrammeActor.Staff("staff");
    private static readonly ProgrammeActor TestStaff = ProgrammeActor.Staff("simulator", isTest: true);

    private readonly SqliteTestDatabase _database = new();
    private readonly FakeTimeProvider _time = new(Now);
    private ProgrammeFixtures _make = null!;

    private IDbConnectionFactory Connections => _database.Connections;

    private IProgrammeFigures Figures => new ProgrammeFigures(Connections, _time);

    public async Task InitializeAsync()
    {
        await new DatabaseMigrator(Connections).MigrateAsync();
        _make = new ProgrammeFixtures(Connections, _time);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task GetRegistrationsAsync_CountsAgainstTheTargetBySplit_WhenTestRegistrationsExist()
    {
        await _make.BeneficiaryAsync("Awa Traoré", isTest: false, birthYear: 2010, commune: "I", sector: "food", gender: "F", region: "Ségou");      // 16
        await _make.BeneficiaryAsync("Moussa Diarra", isTest: false, birthYear: 2004, commune: "I", sector: "health", gender: "M", region: "Kayes"); // 22
        await _make.BeneficiaryAsync("Oumou Keïta", isTest: false, birthYear: 1998, commune: "II", sector: "food", gender: "F", region: "Ségou");    // 28
        await _make.BeneficiaryAsync("Adama Koné", isTest: false, birthYear: 1991, commune: "VI", sector: "food", gender: "M", region: "Mopti");     // 35
        await _make.BeneficiaryAsync("Seydou Touré", isTest: false, birthYear: 1985, commune: "hors_bamako", sector: "education", gender: "M", region: "Gao"); // 41
        await _make.BeneficiaryAsync("Test Person", isTest: true, birthYear: 2000, commune: "III", sector: "sanitation", gender: "F", region: "Kidal");

        var figures = await Figures.GetRegistrationsAsync();

        figures.Total.Should().Be(5);
        figures.Target.Should().Be(3000);
        figures.ShareOfTarget.Should().BeApproximately(5 / 3000.0, 1e-12);
        figures.ByCommune.Should().Equal(new FigureCount("I", 2), new FigureCount("II", 1), new FigureCount("VI", 1), new FigureCount("hors_bamako", 1));
        figures.BySector.Should().Equal(new FigureCount("food", 3), new FigureCount("education", 1), new FigureCount("health", 1));
        figures.ByGender.Should().Equal(new FigureCount("M", 3), new FigureCount("F", 2));
        figures.ByAgeBand.Should().Equal(
            new FigureCount("15-19", 1), new FigureCount("20-24", 1), new FigureCount("25-29", 1), new FigureCount("30-35", 1), new FigureCount("36+", 1));
        figures.ByRegion.Should().Equal(new FigureCount("Ségou", 2), new FigureCount("Gao", 1), new FigureCount("Kayes", 1), new FigureCount("Mopti", 1));
    }

    [Fact]
    public async Task GetRegistrationsAsync_ReturnsZerosAndAnUnder15Band_WhenEmptyOrYoung()
    {
        (await Figures.GetRegistrationsAsync()).Should().BeEquivalentTo(new { Total = 0, ByCommune = Array.Empty<FigureCount>() });
        (await Figures.GetRegistrationsAsync()).ByAgeBand.Select(b => b.Key).Should().Equal("15-19", "20-24", "25-29", "30-35", "36+");

        await _make.BeneficiaryAsync(isTest: false, birthYear: 2013);

        (await Figures.GetRegistrationsAsync()).ByAgeBand.Should().StartWith(new FigureCount("<15", 1));
    }

    [Fact]
    public async Task GetRegistrationsAsync_CountsAnSmsRegistrationInANotGivenBand_UntilTheProfileIsCompleted()
    {
        await _make.BeneficiaryAsync("Awa Traoré", isTest: false, birthYear: 2004);
        await _make.BeneficiaryAsync("Moussa Diarra", isTest: false, birthYear: BeneficiaryRegistration.BirthYearNotGiven,
            commune: BeneficiaryRegistration.NotGiven, gender: BeneficiaryRegistration.NotGiven);

        var figures = await Figures.GetRegistrationsAsync();

        figures.ByAgeBand.Should().Equal(
            new FigureCount("15-19", 0), new FigureCount("20-24", 1), new FigureCount("25-29", 0), new FigureCount("30-35", 0), new FigureCount("36+", 0),
            new FigureCount(AgeBands.NotGiven, 1));
        figures.ByGender.Should().Contain(new FigureCount(BeneficiaryRegistration.NotGiven, 1));
    }

    [Fact]
    public async Task GetCohortsAsync_CountsSessionsBookingsAndAttendance_WhenTestRowsAreMixedIn()
    {
        var training = new TrainingRepository(Connections, _time);
        var cohort = await _make.CohortAsync("II", isTest: false, name: "Cohorte Niaréla");
        await _make.CohortAsync("III", isTest: true, name: "Cohorte de test");
        var first = await _make.SessionAsync(cohort, Now.AddHours(1), capacity: 10, isTest: false);
        var second = await _make.SessionAsync(cohort, Now.AddDays(7), capacity: 15, isTest: false);
        var cancelled = await _make.SessionAsync(cohort, Now.AddDays(8), capacity: 30, isTest: false);
        var testSession = await _make.SessionAsync(cohort, Now.AddDays(9), capacity: 50, isTest: true);
        await training.CancelSessionAsync(cancelled, Staff);
        var youths = new List<long>();
        for (var i = 0; i < 4; i++) youths.Add((await _make.BeneficiaryAsync($"Jeune {(char)('A' + i)}", isTest: false)).Id);
        var caller = ProgrammeActor.Ussd("+22376000001", isTest: false);
        foreach (var youth in youths) await training.BookAsync(first, youth, caller);
        await training.BookAsync(second, youths[0], caller);
        await training.BookAsync(second, youths[1], caller);
        await training.CancelAsync(second, youths[1], caller);
        await training.BookAsync(second, youths[2], ProgrammeActor.Ussd("+22376000009", isTest: true)); // simulator
        await training.BookAsync(testSession, youths[3], caller);
        await training.RecordAttendanceAsync(first, youths[0], true, Staff);
        await training.RecordAttendanceAsync(first, youths[1], true, Staff);
        await training.RecordAttendanceAsync(first, youths[2], false, Staff);
        await training.RecordAttendanceAsync(first, youths[3], true, TestStaff);

        var figures = await Figures.GetCohortsAsync();

        figures.Should().Equal(new CohortFigures(cohort, "Cohorte Niaréla", "II", "food", Sessions: 2, Places: 25, Booked: 5, Cancelled: 1, Attended: 2));
    }

    [Fact]
    public async Task GetSalesAsync_ReturnsCurrentReportsPerCooperativeAndMonth_WhenCorrectedAndTestReportsExist()
    {
        var cooperatives = new CooperativeRepository(Connections, _time);
        var benkadi = await _make.CooperativeAsync(isTest: false, name: "Benkadi");
        var jigiya = await _make.CooperativeAsync(isTest: false, name: "Jigiya");
        var test = await _make.CooperativeAsync(isTest: true, name: "Test coop");
        await cooperatives.ReportSalesAsync(benkadi, new SalesMonth(2026, 10), 100_000, Staff);
        await cooperatives.ReportSalesAsync(benkadi, new SalesMonth(2026, 11), 90_000, Staff);
        await cooperatives.ReportSalesAsync(benkadi, new SalesMonth(2026, 11), 95_000, Staff);
        await cooperatives.ReportSalesAsync(jigiya, new SalesMonth(2026, 9), 40_000, Staff);
        await cooperatives.ReportSalesAsync(jigiya, new SalesMonth(2026, 11), 0, Staff);
        await cooperatives.ReportSalesAsync(jigiya, new SalesMonth(2026, 12), 5_000, TestStaff);
        await cooperatives.ReportSalesAsync(test, new SalesMonth(2026, 11), 70_000, Staff);

        var all = await Figures.GetSalesAsync();
        var octoberOn = await Figures.GetSalesAsync(new SalesMonth(2026, 10), new SalesMonth(2026, 11));

        all.Should().Equal(
            new CooperativeMonthSales(benkadi, "Benkadi", new SalesMonth(2026, 10), 100_000),
            new CooperativeMonthSales(benkadi, "Benkadi", new SalesMonth(2026, 11), 95_000),
            new CooperativeMonthSales(jigiya, "Jigiya", new SalesMonth(2026, 9), 40_000),
            new CooperativeMonthSales(jigiya, "Jigiya", new SalesMonth(2026, 11), 0));
        octoberOn.Select(s => (s.Name, s.Month.ToString())).Should().Equal(("Benkadi", "2026-10"), ("Benkadi", "2026-11"), ("Jigiya", "2026-11"));
    }

    [Fact]
    public async Task GetLoanPortfolioAsync_SumsDisbursedRepaidAndOverdue_WhenTestLoansAreLeftOut()
    {
        var loans = new LoanRepository(Connections, _time);
        var youth = (await _make.BeneficiaryAsync(isTest: false)).Id;
        var cooperative = await _make.CooperativeAsync(isTest: false);
        // 6 × 50 000 from 15 September: 100 000 due by 7 December; 75 000 repaid → 25 000 overdue.
        var late = await _make.LoanAsync(youth, null, new DateOnly(2026, 9, 15), isTest: false);
        // 4 × 100 000 from 1 November: 100 000 due (1 December); 150 000 repaid (ahead).
        var ahead = await _make.LoanAsync(null, cooperative, new DateOnly(2026, 11, 1), instalments: 4, instalmentXof: 100_000, isTest: false);
        // 2 × 10 000 from 7 December: nothing due yet.
        await _make.LoanAsync(youth, null, new DateOnly(2026, 12, 7), instalments: 2, instalmentXof: 10_000, isTest: false);
        var testLoan = await _make.LoanAsync(youth, null, new DateOnly(2026, 6, 1), isTest: true);
        await loans.RecordRepaymentAsync(new NewRepayment(late, 75_000, new DateOnly(2026, 11, 20), RepaymentChannel.MobileMoney, "OM-1"), Staff);
        await loans.RecordRepaymentAsync(new NewRepayment(ahead, 150_000, new DateOnly(2026, 12, 1), RepaymentChannel.Cash, "R-2"), Staff);
        await loans.RecordRepaymentAsync(new NewRepayment(late, 5_000, new DateOnly(2026, 12, 1), RepaymentChannel.Ussd, "SIM-3"), TestStaff);
        await loans.RecordRepaymentAsync(new NewRepayment(testLoan, 50_000, new DateOnly(2026, 12, 1), RepaymentChannel.Cash, "R-4"), Staff);

        var portfolio = await Figures.GetLoanPortfolioAsync();

        portfolio.Should().Be(new LoanPortfolioFigures(
            Loans: 3, DisbursedXof: 720_000, RepaidXof: 225_000, OutstandingXof: 495_000, DueToDateXof: 200_000,
            OverdueXof: 25_000, OverdueLoans: 1, RepaymentRate: 175_000 / 200_000.0));
    }

    [Fact]
    public async Task GetLoanPortfolioAsync_ReturnsNoRate_WhenNothingHasFallenDue()
    {
        (await Figures.GetLoanPortfolioAsync()).Should().Be(new LoanPortfolioFigures(0, 0, 0, 0, 0, 0, 0, null));
    }
}
