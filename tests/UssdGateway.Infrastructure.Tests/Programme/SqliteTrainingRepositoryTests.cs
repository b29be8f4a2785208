using UssdGateway.Core.Programme;
using UssdGateway.Infrastructure.Data;
using UssdGateway.Infrastructure.Programme;
using UssdGateway.Infrastructure.Tests.Data;

namespace UssdGateway.Infrastructure.Tests.Programme;

/// <summary>The training repository contract on a real SQLite file (a new one per test).</summary>
public sealed class SqliteTrainingRepositoryTests : TrainingRepositoryContract, IDisposable
{
    private readonly SqliteTestDatabase _database = new();

    protected override IDbConnectionFactory Connections => _database.Connections;

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task BookAsync_BooksExactlyTheLastTenPlaces_WhenFiftyBookersMeetOnlyOnTheFileLock()
    {
        // One connection factory per booker: no shared in-process write gate, as with several processes on one file;
        // only BEGIN IMMEDIATE and the guarded INSERT…SELECT stand between them and overbooking.
        var session = await Make.SessionAsync(await Make.CohortAsync(), Now.AddDays(1), capacity: 12);
        var caller = ProgrammeActor.Ussd("+22376000000", isTest: true);
        foreach (var _ in Enumerable.Range(0, 2)) await Training.BookAsync(session, (await Make.BeneficiaryAsync()).Id, caller);
        var bookers = new List<(TrainingRepository Repository, long Beneficiary)>();
        for (var i = 0; i < 50; i++)
            bookers.Add((new TrainingRepository(new SqliteConnectionFactory(_database.FilePath), Time), (await Make.BeneficiaryAsync()).Id));

        var results = await Task.WhenAll(bookers.Select(b => Task.Run(() => b.Repository.BookAsync(session, b.Beneficiary, caller))));

        results.Count(r => r.Outcome == BookingOutcome.Booked).Should().Be(10);
        results.Count(r => r.Outcome == BookingOutcome.Full).Should().Be(40);
        (await Training.GetSlotAsync(session))!.Booked.Should().Be(12);
    }

    [Fact]
    public async Task EditSessionAsync_NeverLeavesMoreBookingsThanPlaces_WhenBookersAndEditsMeetOnlyOnTheFileLock()
    {
        // As above, but the capacity decreases come from their own factories too: only BEGIN IMMEDIATE orders them.
        var session = await Make.SessionAsync(await Make.CohortAsync(), Now.AddDays(1), capacity: 30);
        var caller = ProgrammeActor.Ussd("+22376000000", isTest: true);
        for (var i = 0; i < 10; i++) await Training.BookAsync(session, (await Make.BeneficiaryAsync()).Id, caller);
        var bookers = new List<(TrainingRepository Repository, long Beneficiary)>();
        for (var i = 0; i < 30; i++)
            bookers.Add((new TrainingRepository(new SqliteConnectionFactory(_database.FilePath), Time), (await Make.BeneficiaryAsync()).Id));
        var capacities = Enumerable.Range(0, 11).Select(i => 20 - i).ToList();

        var bookings = bookers.Select(b => Task.Run(() => b.Repository.BookAsync(session, b.Beneficiary, caller))).ToList();
        var edits = capacities.Select(capacity => Task.Run(() =>
            new TrainingRepository(new SqliteConnectionFactory(_database.FilePath), Time).EditSessionAsync(session, new SessionEdit(Capacity: capacity), Staff))).ToList();
        var booked = await Task.WhenAll(bookings);
        var edited = await Task.WhenAll(edits);

        await AssertNeverOverfilledAsync(Training, session, initiallyBooked: 10, booked, capacities, edited);
    }
}
