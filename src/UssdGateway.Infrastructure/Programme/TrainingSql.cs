using UssdGateway.Infrastructure.Data;

namespace UssdGateway.Infrastructure.Programme;

/// <summary>
/// The training statements (cohorts, sessions, bookings, attendance), written once per dialect. Most read the same in
/// both but for the schema prefix; they differ in identity return, paging, upsert and the booking statement's locks.
/// </summary>
internal sealed class TrainingSql
{
    /// <summary>
    /// SQLite: one INSERT…SELECT whose WHERE holds the capacity check, run inside a <c>BEGIN IMMEDIATE</c> transaction
    /// (<see cref="DbWrites"/>): the write lock is held from before the count until the commit, so bookings are serial.
    /// </summary>
    public static readonly TrainingSql Sqlite = Build(
        prefix: "",
        lockHint: "",
        returnIdAfterValues: "RETURNING id",
        outputId: "",
        page: "LIMIT @Take OFFSET @Skip",
        attendanceUpsert: """
            INSERT INTO training_attendance (session_id, beneficiary_id, present, recorded_by, recorded_at, is_test)
            SELECT @SessionId, @BeneficiaryId, @Present, @RecordedBy, @Now,
                   CASE WHEN @IsTest = 1 OR b.is_test = 1 THEN 1 ELSE 0 END
            FROM beneficiaries AS b WHERE b.id = @BeneficiaryId
            ON CONFLICT (session_id, beneficiary_id) DO UPDATE
                SET present = excluded.present, recorded_by = excluded.recorded_by, recorded_at = excluded.recorded_at;
            """);

    /// <summary>
    /// SQL Server: the same guarded INSERT…SELECT; UPDLOCK + HOLDLOCK on the session row and on the bookings it counts
    /// make concurrent bookings of one session wait for each other, so the count cannot go stale before the insert.
    /// </summary>
    public static readonly TrainingSql SqlServer = Build(
        prefix: "dbo.",
        lockHint: " WITH (UPDLOCK, HOLDLOCK)",
        returnIdAfterValues: "",
        outputId: "OUTPUT INSERTED.id",
        page: "OFFSET @Skip ROWS FETCH NEXT @Take ROWS ONLY",
        attendanceUpsert: """
            MERGE dbo.training_attendance WITH (HOLDLOCK) AS target
            USING (SELECT @SessionId AS session_id, @BeneficiaryId AS beneficiary_id, @Present AS present,
                          @RecordedBy AS recorded_by, @Now AS recorded_at,
                          CAST(CASE WHEN @IsTest = 1 OR b.is_test = 1 THEN 1 ELSE 0 END AS BIT) AS is_test
                   FROM dbo.beneficiaries AS b WHERE b.id = @BeneficiaryId) AS source
               ON target.session_id = source.session_id AND target.beneficiary_id = source.beneficiary_id
            WHEN MATCHED THEN
                UPDATE SET present = source.present, recorded_by = source.recorded_by, recorded_at = source.recorded_at
            WHEN NOT MATCHED THEN
                INSERT (session_id, beneficiary_id, present, recorded_by, recorded_at, is_test)
                VALUES (source.session_id, source.beneficiary_id, source.present, source.recorded_by, source.recorded_at, source.is_test);
            """);

    public required string InsertCohort { get; init; }
    public required string GetCohort { get; init; }
    public required string InsertSession { get; init; }
    public required string GetSlot { get; init; }
    public required string Upcoming { get; init; }
    public required string Book { get; init; }
    public required string BookingState { get; init; }
    public required string Cancel { get; init; }
    public required string GetBooking { get; init; }
    public required string GetBookings { get; init; }
    public required string MoveSession { get; init; }
    public required string CancelSession { get; init; }
    public required string EditSession { get; init; }
    public required string EditCohort { get; init; }
    public required string UpsertAttendance { get; init; }

    public static TrainingSql For(SqlDialect dialect) => dialect switch
    {
        SqlDialect.Sqlite => Sqlite,
        SqlDialect.SqlServer => SqlServer,
        _ => throw new ArgumentOutOfRangeException(nameof(dialect), dialect, null),
    };

    private static TrainingSql Build(string prefix, string lockHint, string returnIdAfterValues, string outputId, string page, string attendanceUpsert)
    {
        var p = prefix;
        var activeCount = $"(SELECT COUNT(*) FROM {p}training_bookings AS n WHERE n.session_id = s.id AND n.status = 'booked')";
        var slotColumns = $"""
            s.id AS SessionId, c.id AS CohortId, c.name AS CohortName, c.commune AS Commune, c.sector AS Sector,
            s.starts_at AS StartsAt, s.place AS Place, s.language AS Language, s.trainer AS Trainer, s.capacity AS Capacity,
            {activeCount} AS Booked, s.status AS Status
            """;
        var slotFrom = $"""
            FROM {p}training_sessions AS s
            JOIN {p}training_cohorts AS c ON c.id = s.cohort_id
            """;
        var bookingSelect = $"""
            SELECT b.id AS Id, b.status AS BookingStatus, b.booked_at AS BookedAt, b.cancelled_at AS CancelledAt,
                   b.beneficiary_id AS BeneficiaryId, 1 AS IsBookedByCaller,
                   {slotColumns}
            FROM {p}training_bookings AS b
            JOIN {p}training_sessions AS s ON s.id = b.session_id
            JOIN {p}training_cohorts AS c ON c.id = s.cohort_id
            """;

        return new TrainingSql
        {
            InsertCohort = $"""
                INSERT INTO {p}training_cohorts (name, commune, sector, starts_on, ends_on, is_test, created_at)
                {outputId}
                VALUES (@Name, @Commune, @Sector, @StartsOn, @EndsOn, @IsTest, @Now)
                {returnIdAfterValues};
                """,
            GetCohort = $"""
                SELECT id AS Id, name AS Name, commune AS Commune, sector AS Sector, starts_on AS StartsOn, ends_on AS EndsOn, is_test AS IsTest
                FROM {p}training_cohorts WHERE id = @CohortId;
                """,
            InsertSession = $"""
                INSERT INTO {p}training_sessions (cohort_id, starts_at, place, language, capacity, trainer, status, is_test, created_at, updated_at)
                {outputId}
                VALUES (@CohortId, @StartsAt, @Place, @Language, @Capacity, @Trainer, 'scheduled', @IsTest, @Now, @Now)
                {returnIdAfterValues};
                """,
            GetSlot = $"""
                SELECT {slotColumns}, 0 AS IsBookedByCaller
                {slotFrom}
                WHERE s.id = @SessionId;
                """,
            Upcoming = $"""
                SELECT {slotColumns},
                       CASE WHEN mine.id IS NULL THEN 0 ELSE 1 END AS IsBookedByCaller
                {slotFrom}
                LEFT JOIN {p}training_bookings AS mine
                       ON mine.session_id = s.id AND mine.beneficiary_id = @BeneficiaryId AND mine.status = 'booked'
                WHERE s.starts_at > @Now AND s.status <> 'cancelled'
                  AND (@IncludeTest = 1 OR (s.is_test = 0 AND c.is_test = 0))
                  AND (@Commune IS NULL OR c.commune = @Commune)
                  AND (@Language IS NULL OR s.language = @Language)
                  AND (mine.id IS NOT NULL OR {activeCount} < s.capacity)
                ORDER BY s.starts_at, s.id
                {page};
                """,
            Book = $"""
                INSERT INTO {p}training_bookings (session_id, beneficiary_id, status, channel, booked_at, is_test)
                {outputId}
                SELECT s.id, bn.id, 'booked', @Channel, @Now,
                       CASE WHEN @IsTest = 1 OR bn.is_test = 1 OR s.is_test = 1 THEN 1 ELSE 0 END
                FROM {p}training_sessions AS s{lockHint}
                JOIN {p}beneficiaries AS bn ON bn.id = @BeneficiaryId
                WHERE s.id = @SessionId
                  AND s.status <> 'cancelled'
                  AND s.starts_at > @Now
                  AND NOT EXISTS (SELECT 1 FROM {p}training_bookings AS mine{lockHint}
                                  WHERE mine.session_id = s.id AND mine.beneficiary_id = bn.id AND mine.status = 'booked')
                  AND (SELECT COUNT(*) FROM {p}training_bookings AS taken{lockHint}
                       WHERE taken.session_id = s.id AND taken.status = 'booked') < s.capacity
                {returnIdAfterValues};
                """,
            BookingState = $"""
                SELECT s.status AS Status, s.starts_at AS StartsAt, s.capacity AS Capacity, {activeCount} AS Booked,
                       (SELECT MAX(mine.id) FROM {p}training_bookings AS mine
                        WHERE mine.session_id = s.id AND mine.beneficiary_id = @BeneficiaryId AND mine.status = 'booked') AS MyBookingId,
                       (SELECT COUNT(*) FROM {p}beneficiaries AS bn WHERE bn.id = @BeneficiaryId) AS BeneficiaryExists
                FROM {p}training_sessions AS s
                WHERE s.id = @SessionId;
                """,
            Cancel = $"""
                UPDATE {p}training_bookings
                SET status = 'cancelled', cancelled_at = @Now
                WHERE session_id = @SessionId AND beneficiary_id = @BeneficiaryId AND status = 'booked'
                  AND EXISTS (SELECT 1 FROM {p}training_sessions AS s WHERE s.id = @SessionId AND s.starts_at > @Now);
                """,
            GetBooking = $"""
                {bookingSelect}
                WHERE b.session_id = @SessionId AND b.beneficiary_id = @BeneficiaryId AND b.status = 'booked';
                """,
            GetBookings = $"""
                {bookingSelect}
                WHERE b.beneficiary_id = @BeneficiaryId AND b.status = 'booked'
                  AND (@UpcomingOnly = 0 OR s.starts_at > @Now)
                ORDER BY s.starts_at, s.id;
                """,
            MoveSession = $"""
                UPDATE {p}training_sessions
                SET starts_at = @StartsAt, place = COALESCE(@Place, place), status = 'moved', updated_at = @Now
                WHERE id = @SessionId AND status <> 'cancelled';
                """,
            CancelSession = $"""
                UPDATE {p}training_sessions
                SET status = 'cancelled', updated_at = @Now
                WHERE id = @SessionId AND status <> 'cancelled';
                """,
            // One guarded UPDATE: the session row's update lock (taken by the UPDATE, and by the booking statement's
            // UPDLOCK read) serialises it with bookings, and the count of active bookings is read under UPDLOCK + HOLDLOCK
            // on SQL Server (inside BEGIN IMMEDIATE on SQLite), so a booking cannot slip in between the check and the write.
            EditSession = $"""
                UPDATE {p}training_sessions
                SET capacity = COALESCE(@Capacity, capacity), trainer = COALESCE(@Trainer, trainer),
                    language = COALESCE(@Language, language), updated_at = @Now
                WHERE id = @SessionId AND status <> 'cancelled'
                  AND (@Capacity IS NULL
                       OR @Capacity >= (SELECT COUNT(*) FROM {p}training_bookings AS taken{lockHint}
                                        WHERE taken.session_id = @SessionId AND taken.status = 'booked'));
                """,
            EditCohort = $"""
                UPDATE {p}training_cohorts
                SET name = COALESCE(@Name, name), commune = COALESCE(@Commune, commune), sector = COALESCE(@Sector, sector),
                    starts_on = COALESCE(@StartsOn, starts_on), ends_on = COALESCE(@EndsOn, ends_on)
                WHERE id = @CohortId AND COALESCE(@EndsOn, ends_on) >= COALESCE(@StartsOn, starts_on);
                """,
            UpsertAttendance = attendanceUpsert,
        };
    }
}
