using Dapper;
using Microsoft.Extensions.Time.Testing;
using UssdGateway.Core.Programme;
using UssdGateway.Infrastructure.Data;
using UssdGateway.Infrastructure.Demo;
using UssdGateway.Infrastructure.Programme;
using UssdGateway.Infrastructure.Tests.Data;

namespace UssdGateway.Infrastructure.Tests.Demo;

public sealed class DemoSeederTests : IAsyncLifetime, IDisposable
{
    // Sunday 29 November 2026, 16:00 in Bamako.
    private static readonly DateTimeOffset Now = new(2026, 11, 29, 16, 0, 0, TimeSpan.Zero);

    private readonly SqliteTestDatabase _database = new();
    private readonly FakeTimeProvider _time = new(Now);

    private IDbConnectionFactory Connections => _database.Connections;

    private DemoSeeder Seeder => new(Connections, _time);

    public async Task InitializeAsync() => await new DatabaseMigrator(Connections).MigrateAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task SeedAsync_WritesTheDemoProgramme_WhenTheDatabaseIsEmpty()
    {
        var result = await Seeder.SeedAsync();

        result.Should().BeEquivalentTo(new
        {
            Today = new DateOnly(2026, 11, 29), Beneficiaries = 120, Cohorts = 6, Sessions = 48, Cooperatives = 20, Leaders = 20, Loans = 20,
        });
        result.LeaderCooperatives.Should().HaveCount(2);
        (await CountAsync("SELECT COUNT(*) FROM beneficiaries WHERE is_demo = 1 AND is_test = 0")).Should().Be(120);
        (await CountAsync("SELECT COUNT(DISTINCT commune) FROM training_cohorts")).Should().Be(6);
        (await CountAsync("SELECT COUNT(*) FROM cooperatives WHERE form = 'gie'")).Should().BePositive();
        (await CountAsync("SELECT COUNT(DISTINCT form) FROM cooperatives")).Should().Be(4);
        (await CountAsync("SELECT COUNT(*) FROM sales_reports WHERE is_current = 0")).Should().Be(1, "one month was corrected; its first figure is history");
    }

    [Fact]
    public async Task SeedAsync_OffersFreePlacesFromTodayInEveryCommune_WhenSeeded()
    {
        await Seeder.SeedAsync();
        var training = new TrainingRepository(Connections, _time);

        foreach (var commune in BamakoCommunes.Codes)
        {
            var slots = await training.GetUpcomingSlotsAsync(new SlotQuery(Commune: commune));
            slots.Items.Should().NotBeEmpty($"commune {commune} has sessions ahead");
            slots.Items.Should().OnlyContain(s => s.StartsAt > Now && s.FreePlaces > 0);
            slots.Items[0].Place.Should().BeOneOf(BamakoCommunes.Quarters[commune]);
        }
        (await training.GetUpcomingSlotsAsync(new SlotQuery(Take: 100))).Items.Should().Contain(s => s.FreePlaces <= 2, "one session has its last places");
    }

    [Fact]
    public async Task SeedAsync_GivesTheDemoYouthABookingALoanInArrearsAndPin1234_WhenSeeded()
    {
        await Seeder.SeedAsync();
        var youth = (await new BeneficiaryRepository(Connections, _time).FindByPhoneAsync(DemoPhones.Youth)).Single();
        var caller = ProgrammeActor.Ussd(DemoPhones.Youth, isTest: true);

        youth.FullName.Should().Be(DemoPhones.YouthName);
        (await new TrainingRepository(Connections, _time).GetBookingsAsync(youth.Id)).Should().ContainSingle();
        var loan = (await new LoanRepository(Connections, _time).GetLoansOfBeneficiaryAsync(youth.Id)).Single();
        loan.PrincipalXof.Should().Be(300_000);
        loan.Position.BalanceXof.Should().Be(200_000);
        loan.Position.OverdueXof.Should().Be(50_000);
        loan.Position.Next.Should().BeEquivalentTo(new { Number = 3, RemainingXof = 50_000L, IsOverdue = true });
        (await new PinRepository(Connections, _time).VerifyAsync(youth.Id, DemoPhones.YouthPin, caller)).Outcome.Should().Be(PinCheckOutcome.Accepted);
        (await new BeneficiaryRepository(Connections, _time).FindByPhoneAsync(DemoPhones.Unregistered)).Should().BeEmpty();
    }

    [Fact]
    public async Task SeedAsync_MakesTheDemoLeaderLeadTwoCooperativesWithAMonthToReport_WhenSeeded()
    {
        var result = await Seeder.SeedAsync();
        var cooperatives = new CooperativeRepository(Connections, _time);

        var led = await cooperatives.GetLedByPhoneAsync(DemoPhones.Leader);

        led.Select(c => c.Name).Should().BeEquivalentTo(result.LeaderCooperatives);
        var october = new SalesMonth(2026, 10);
        (await cooperatives.GetReportAsync(led.Single(c => c.Name == result.LeaderCooperatives[0]).Id, october)).Should().BeNull("left for the leader to report");
        (await cooperatives.GetReportAsync(led.Single(c => c.Name == result.LeaderCooperatives[1]).Id, october)).Should().NotBeNull("the leader can try a correction");
    }

    [Fact]
    public async Task SeedAsync_ShowsOverdueLoansInTheFigures_WhenSeeded()
    {
        await Seeder.SeedAsync();
        var figures = new ProgrammeFigures(Connections, _time);

        var portfolio = await figures.GetLoanPortfolioAsync();
        var registrations = await figures.GetRegistrationsAsync();

        portfolio.Loans.Should().Be(20);
        portfolio.OverdueLoans.Should().BeGreaterThan(1);
        portfolio.RepaidXof.Should().BePositive().And.BeLessThan(portfolio.DisbursedXof);
        portfolio.RepaymentRate.Should().BeInRange(0.5, 1.0);
        registrations.Total.Should().Be(120);
        registrations.ByCommune.Select(c => c.Key).Should().Contain(BamakoCommunes.Codes);
        (await figures.GetCohortsAsync()).Should().HaveCount(6).And.OnlyContain(c => c.Attended > 0 && c.Booked > 0);
        (await figures.GetSalesAsync()).Should().HaveCount(79);
    }

    [Fact]
    public async Task SeedAsync_WritesNothing_WhenRunAgainTheSameDay()
    {
        await Seeder.SeedAsync();
        var before = await TableCountsAsync();
        _time.Advance(TimeSpan.FromHours(3));

        var again = await Seeder.SeedAsync();

        again.Written.Should().Be(0);
        (await TableCountsAsync()).Should().Equal(before);
    }

    [Fact]
    public async Task SeedAsync_AddsOnlyTheNewWeeksSessions_WhenRunAWeekLater()
    {
        await Seeder.SeedAsync();
        _time.Advance(TimeSpan.FromDays(7));

        var later = await Seeder.SeedAsync();

        later.Should().BeEquivalentTo(new { Beneficiaries = 0, Cohorts = 0, Sessions = 6, Cooperatives = 0, Leaders = 0, Loans = 0, Instalments = 0, Repayments = 0 });
        (await CountAsync("SELECT COUNT(*) FROM training_sessions")).Should().Be(54);
    }

    [Fact]
    public async Task RemoveAsync_DeletesDemoRowsAndKeepsProgrammeRows_WhenBothExist()
    {
        var real = await new BeneficiaryRepository(Connections, _time).RegisterAsync(
            Programme.Registrations.For("+22376543210") with { IsTest = false });
        await Seeder.SeedAsync();
        var youth = (await new BeneficiaryRepository(Connections, _time).FindByPhoneAsync(DemoPhones.Youth)).Single();
        var session = (await new TrainingRepository(Connections, _time).GetUpcomingSlotsAsync(new SlotQuery())).Items[0];
        await new TrainingRepository(Connections, _time).BookAsync(session.SessionId, real.BeneficiaryId, ProgrammeActor.Ussd("+22376543210", false));
        await new PrivacyRequestRepository(Connections, _time).RequestAsync(PrivacyRequestKind.Deletion, DemoPhones.Youth, youth.Id, ProgrammeActor.Ussd(DemoPhones.Youth, false));

        var deleted = await Seeder.RemoveAsync();

        deleted.Should().BePositive();
        (await CountAsync("SELECT COUNT(*) FROM beneficiaries")).Should().Be(1);
        foreach (var table in new[] { "training_cohorts", "training_sessions", "training_bookings", "training_attendance", "cooperatives",
                     "cooperative_leaders", "sales_reports", "loans", "loan_instalments", "loan_repayments", "loan_pins" })
            (await CountAsync($"SELECT COUNT(*) FROM {table}")).Should().Be(0, table);
        (await CountAsync("SELECT COUNT(*) FROM privacy_requests")).Should().Be(1, "requests are kept for the record");
    }

    private async Task<long> CountAsync(string sql)
    {
        await using var connection = await Connections.OpenAsync();
        return await connection.ExecuteScalarAsync<long>(sql);
    }

    private async Task<IReadOnlyList<long>> TableCountsAsync()
    {
        var counts = new List<long>();
        foreach (var table in new[] { "beneficiaries", "training_cohorts", "training_sessions", "training_bookings", "training_attendance", "cooperatives",
                     "cooperative_leaders", "sales_reports", "loans", "loan_instalments", "loan_repayments", "loan_pins" })
            counts.Add(await CountAsync($"SELECT COUNT(*) FROM {table}"));
        return counts;
    }
}
