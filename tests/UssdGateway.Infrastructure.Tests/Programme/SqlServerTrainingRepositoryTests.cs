using UssdGateway.Infrastructure.Data;
using UssdGateway.Testing;

namespace UssdGateway.Infrastructure.Tests.Programme;

/// <summary>
/// The training repository contract against a real SQL Server (USSDGW_TEST_SQLSERVER), skipped with the reason otherwise.
/// Every contract test is overridden only to carry <see cref="SqlServerFactAttribute"/> (checked by <see cref="SqlServerContractGuardTests"/>).
/// </summary>
public sealed class SqlServerTrainingRepositoryTests : TrainingRepositoryContract
{
    private readonly Lazy<SqlServerConnectionFactory> _connections =
        new(() => new SqlServerConnectionFactory(SqlServerFactAttribute.ConnectionString ?? ""));

    protected override IDbConnectionFactory Connections => _connections.Value;

    [SqlServerFact] public override Task GetSlotAsync_ReturnsEveryField_WhenSessionWasAdded() => base.GetSlotAsync_ReturnsEveryField_WhenSessionWasAdded();
    [SqlServerFact] public override Task GetUpcomingSlotsAsync_ListsOpenSessionsWithFreePlacesSoonestFirst_WhenSomeArePastFullOrCancelled() => base.GetUpcomingSlotsAsync_ListsOpenSessionsWithFreePlacesSoonestFirst_WhenSomeArePastFullOrCancelled();
    [SqlServerFact] public override Task GetUpcomingSlotsAsync_PagesWithHasMore_WhenMoreSessionsThanAPage() => base.GetUpcomingSlotsAsync_PagesWithHasMore_WhenMoreSessionsThanAPage();
    [SqlServerFact] public override Task GetUpcomingSlotsAsync_FiltersByLanguageAndLeavesOutTestSessions_WhenAsked() => base.GetUpcomingSlotsAsync_FiltersByLanguageAndLeavesOutTestSessions_WhenAsked();
    [SqlServerFact] public override Task GetUpcomingSlotsAsync_ShowsTheCallersFullSessionAsBooked_WhenBeneficiaryIsGiven() => base.GetUpcomingSlotsAsync_ShowsTheCallersFullSessionAsBooked_WhenBeneficiaryIsGiven();
    [SqlServerFact] public override Task BookAsync_TakesAPlaceAndAuditsIt_WhenPlacesAreFree() => base.BookAsync_TakesAPlaceAndAuditsIt_WhenPlacesAreFree();
    [SqlServerFact] public override Task BookAsync_ReturnsAlreadyBookedWithTheSameBooking_WhenTheBeneficiaryBooksTwice() => base.BookAsync_ReturnsAlreadyBookedWithTheSameBooking_WhenTheBeneficiaryBooksTwice();
    [SqlServerFact] public override Task BookAsync_ReturnsFull_WhenNoPlaceIsLeft() => base.BookAsync_ReturnsFull_WhenNoPlaceIsLeft();
    [SqlServerFact] public override Task BookAsync_ReturnsNotOpen_WhenSessionIsCancelledOrHasStarted() => base.BookAsync_ReturnsNotOpen_WhenSessionIsCancelledOrHasStarted();
    [SqlServerFact] public override Task BookAsync_ReturnsNotFound_WhenSessionOrBeneficiaryIsUnknown() => base.BookAsync_ReturnsNotFound_WhenSessionOrBeneficiaryIsUnknown();
    [SqlServerFact] public override Task BookAsync_BooksExactlyTheLastTenPlaces_WhenFiftyBeneficiariesBookAtOnce() => base.BookAsync_BooksExactlyTheLastTenPlaces_WhenFiftyBeneficiariesBookAtOnce();
    [SqlServerFact] public override Task BookAsync_KeepsOneActiveBooking_WhenOneBeneficiaryBooksTwentyTimesAtOnce() => base.BookAsync_KeepsOneActiveBooking_WhenOneBeneficiaryBooksTwentyTimesAtOnce();
    [SqlServerFact] public override Task CancelAsync_FreesThePlaceAndAllowsANewBooking_WhenBooked() => base.CancelAsync_FreesThePlaceAndAllowsANewBooking_WhenBooked();
    [SqlServerFact] public override Task CancelAsync_ReturnsNotBookedOrAlreadyStarted_WhenThereIsNothingToCancel() => base.CancelAsync_ReturnsNotBookedOrAlreadyStarted_WhenThereIsNothingToCancel();
    [SqlServerFact] public override Task GetBookingsAsync_ReturnsActiveBookingsSoonestFirst_WhenSeveralAreHeld() => base.GetBookingsAsync_ReturnsActiveBookingsSoonestFirst_WhenSeveralAreHeld();
    [SqlServerFact] public override Task MoveSessionAsync_KeepsBookingsAndMarksMoved_WhenSessionMoves() => base.MoveSessionAsync_KeepsBookingsAndMarksMoved_WhenSessionMoves();
    [SqlServerFact] public override Task RecordAttendanceAsync_KeepsTheLastAnswer_WhenRecordedTwice() => base.RecordAttendanceAsync_KeepsTheLastAnswer_WhenRecordedTwice();
    [SqlServerFact] public override Task CreateCohortAsync_Throws_WhenNameIsTakenOrDatesAreReversed() => base.CreateCohortAsync_Throws_WhenNameIsTakenOrDatesAreReversed();
    [SqlServerFact] public override Task AddSessionAsync_Throws_WhenCapacityIsOutOfRangeOrTheInstantIsTaken() => base.AddSessionAsync_Throws_WhenCapacityIsOutOfRangeOrTheInstantIsTaken();
    [SqlServerFact] public override Task EditSessionAsync_ChangesCapacityTrainerAndLanguageAndAuditsIt_WhenCapacityCoversTheBookings() => base.EditSessionAsync_ChangesCapacityTrainerAndLanguageAndAuditsIt_WhenCapacityCoversTheBookings();
    [SqlServerFact] public override Task EditSessionAsync_LeavesOtherFieldsAlone_WhenOnlyOneIsGiven() => base.EditSessionAsync_LeavesOtherFieldsAlone_WhenOnlyOneIsGiven();
    [SqlServerFact] public override Task EditSessionAsync_RefusesWithTheBookedCount_WhenCapacityWouldBeBelowTheBookings() => base.EditSessionAsync_RefusesWithTheBookedCount_WhenCapacityWouldBeBelowTheBookings();
    [SqlServerFact] public override Task EditSessionAsync_OffersTheNewPlacesAtOnce_WhenAFullSessionIsRaised() => base.EditSessionAsync_OffersTheNewPlacesAtOnce_WhenAFullSessionIsRaised();
    [SqlServerFact] public override Task EditSessionAsync_ReturnsNotFoundOrCancelled_WhenTheSessionIsUnknownOrCancelled() => base.EditSessionAsync_ReturnsNotFoundOrCancelled_WhenTheSessionIsUnknownOrCancelled();
    [SqlServerFact] public override Task EditSessionAsync_NeverLeavesMoreBookingsThanPlaces_WhenBookingsAndCapacityDecreasesRace() => base.EditSessionAsync_NeverLeavesMoreBookingsThanPlaces_WhenBookingsAndCapacityDecreasesRace();
    [SqlServerFact] public override Task EditCohortAsync_ChangesTheFieldsGivenAndAuditsIt_WhenValid() => base.EditCohortAsync_ChangesTheFieldsGivenAndAuditsIt_WhenValid();
    [SqlServerFact] public override Task EditCohortAsync_ChangesNothing_WhenTheNameIsTakenTheDatesAreReversedOrTheCohortIsUnknown() => base.EditCohortAsync_ChangesNothing_WhenTheNameIsTakenTheDatesAreReversedOrTheCohortIsUnknown();
}
