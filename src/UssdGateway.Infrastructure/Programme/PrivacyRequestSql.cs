using UssdGateway.Infrastructure.Data;

namespace UssdGateway.Infrastructure.Programme;

/// <summary>
/// The deletion / consent-withdrawal request statements and the erasure they lead to, written once per dialect
/// (insert-if-absent, row limits, string concatenation and the schema prefix differ).
/// </summary>
internal sealed class PrivacyRequestSql
{
    private const string Columns = """
        id AS Id, kind AS Kind, phone_e164 AS Phone, beneficiary_id AS BeneficiaryId, channel AS Channel, status AS Status,
        requested_at AS RequestedAt, handled_at AS HandledAt, handled_by AS HandledBy, is_test AS IsTest, refusal_reason AS RefusalReason
        """;

    private const string SamePending = """
        kind = @Kind AND phone_e164 = @Phone AND status = 'pending'
          AND (beneficiary_id = @BeneficiaryId OR (beneficiary_id IS NULL AND @BeneficiaryId IS NULL))
        """;

    /// <summary>The people a request concerns: the beneficiary it names, or everyone on its number when it names none.</summary>
    private const string Concerned = """
        b.erased_at IS NULL AND (b.id = @BeneficiaryId OR (@BeneficiaryId IS NULL AND b.phone_e164 = @Phone))
        """;

    public static readonly PrivacyRequestSql Sqlite = Build(
        p: "",
        insertPending: """
            INSERT INTO privacy_requests (kind, phone_e164, beneficiary_id, channel, status, requested_at, is_test)
            VALUES (@Kind, @Phone, @BeneficiaryId, @Channel, 'pending', @Now, @IsTest)
            ON CONFLICT DO NOTHING
            RETURNING id;
            """,
        pending: $"SELECT {Columns} FROM privacy_requests WHERE status = 'pending' ORDER BY id LIMIT @Take;",
        handled: $"SELECT {Columns} FROM privacy_requests WHERE status <> 'pending' ORDER BY handled_at DESC, id DESC LIMIT @Take;",
        lockPeople: "",
        erasedKey: "'erased:' || id");

    /// <summary>UPDLOCK + HOLDLOCK: two identical requests at once write one row; an erasure holds the people it reads.</summary>
    public static readonly PrivacyRequestSql SqlServer = Build(
        p: "dbo.",
        insertPending: $"""
            INSERT INTO dbo.privacy_requests (kind, phone_e164, beneficiary_id, channel, status, requested_at, is_test)
            OUTPUT INSERTED.id
            SELECT @Kind, @Phone, @BeneficiaryId, @Channel, 'pending', @Now, @IsTest
            WHERE NOT EXISTS (SELECT 1 FROM dbo.privacy_requests WITH (UPDLOCK, HOLDLOCK) WHERE {SamePending});
            """,
        pending: $"SELECT TOP (@Take) {Columns} FROM dbo.privacy_requests WHERE status = 'pending' ORDER BY id;",
        handled: $"SELECT TOP (@Take) {Columns} FROM dbo.privacy_requests WHERE status <> 'pending' ORDER BY handled_at DESC, id DESC;",
        lockPeople: " WITH (UPDLOCK, HOLDLOCK)",
        erasedKey: "CONCAT(N'erased:', id)");

    public required string InsertPending { get; init; }
    public required string FindPending { get; init; }
    public required string Get { get; init; }
    public required string Pending { get; init; }
    public required string Handled { get; init; }
    public required string ByPhone { get; init; }
    public required string Close { get; init; }

    // Erasure: the people concerned and what they owe.
    public required string People { get; init; }
    public required string Outstanding { get; init; }

    // Erasure, per person.
    public required string EraseBeneficiary { get; init; }
    public required string CancelUpcomingBookings { get; init; }
    public required string DeletePin { get; init; }
    public required string DeleteLeaderships { get; init; }

    // Erasure of a number nobody registered is left on.
    public required string RemainingOnNumber { get; init; }
    public required string CancelQueuedSms { get; init; }
    public required string MaskOutbox { get; init; }
    public required string MaskInbox { get; init; }
    public required string DeleteNumberLeaderships { get; init; }
    public required string DeletePreferences { get; init; }
    public required string DeleteOptOut { get; init; }
    public required string MaskSessionEnds { get; init; }
    public required string MaskAuditActors { get; init; }
    public required string MaskSalesReporters { get; init; }
    public required string MaskRepaymentRecorders { get; init; }
    public required string CloseOtherPending { get; init; }
    public required string MaskRequests { get; init; }

    public static PrivacyRequestSql For(SqlDialect dialect) => dialect switch
    {
        SqlDialect.Sqlite => Sqlite,
        SqlDialect.SqlServer => SqlServer,
        _ => throw new ArgumentOutOfRangeException(nameof(dialect), dialect, null),
    };

    private static PrivacyRequestSql Build(string p, string insertPending, string pending, string handled, string lockPeople, string erasedKey) => new()
    {
        InsertPending = insertPending,
        FindPending = $"SELECT {Columns} FROM {p}privacy_requests WHERE {SamePending};",
        Get = $"SELECT {Columns} FROM {p}privacy_requests WHERE id = @Id;",
        Pending = pending,
        Handled = handled,
        ByPhone = $"SELECT {Columns} FROM {p}privacy_requests WHERE phone_e164 = @Phone ORDER BY id DESC;",
        Close = $"""
            UPDATE {p}privacy_requests SET status = @Status, handled_at = @Now, handled_by = @HandledBy, refusal_reason = @Reason
            WHERE id = @Id AND status = 'pending';
            """,
        People = $"""
            SELECT b.id AS Id, b.full_name AS FullName, b.birth_year AS BirthYear
            FROM {p}beneficiaries AS b{lockPeople}
            WHERE {Concerned}
            ORDER BY b.id;
            """,
        // A loan's balance is its principal less its repayments (never below zero); loans of erased people are repaid.
        Outstanding = $"""
            SELECT COALESCE(SUM(CASE WHEN l.principal_xof > COALESCE(r.paid, 0) THEN l.principal_xof - COALESCE(r.paid, 0) ELSE 0 END), 0)
            FROM {p}loans AS l
            JOIN {p}beneficiaries AS b ON b.id = l.beneficiary_id
            LEFT JOIN (SELECT loan_id, SUM(amount_xof) AS paid FROM {p}loan_repayments GROUP BY loan_id) AS r ON r.loan_id = l.id
            WHERE {Concerned};
            """,
        EraseBeneficiary = $"""
            UPDATE {p}beneficiaries
            SET full_name = @Name, name_key = @NameKey, phone_e164 = @Placeholder, birth_year = @BirthYear, session_id = NULL, erased_at = @Now
            WHERE id = @Id AND erased_at IS NULL;
            """,
        CancelUpcomingBookings = $"""
            UPDATE {p}training_bookings SET status = 'cancelled', cancelled_at = @Now
            WHERE beneficiary_id = @Id AND status = 'booked'
              AND session_id IN (SELECT s.id FROM {p}training_sessions AS s WHERE s.starts_at > @Now);
            """,
        DeletePin = $"DELETE FROM {p}loan_pins WHERE beneficiary_id = @Id;",
        DeleteLeaderships = $"DELETE FROM {p}cooperative_leaders WHERE beneficiary_id = @Id;",
        RemainingOnNumber = $"SELECT COUNT(*) FROM {p}beneficiaries WHERE phone_e164 = @Phone AND erased_at IS NULL;",
        CancelQueuedSms = $"""
            UPDATE {p}sms_outbox SET status = 'failed', failure_reason = @Reason, updated_at = @Now
            WHERE recipient_e164 = @Phone AND status = 'queued';
            """,
        MaskOutbox = $"""
            UPDATE {p}sms_outbox SET recipient_e164 = @Placeholder, text = @Text, idempotency_key = {erasedKey}
            WHERE recipient_e164 = @Phone;
            """,
        MaskInbox = $"""
            UPDATE {p}sms_inbox
            SET from_raw = @Placeholder, from_e164 = @Placeholder, text = @Text,
                outcome = CASE WHEN outcome IS NULL THEN NULL ELSE @Text END,
                status = CASE WHEN status IN ('received', 'failed') THEN 'ignored' ELSE status END
            WHERE from_e164 = @Phone OR from_raw = @Phone;
            """,
        DeleteNumberLeaderships = $"DELETE FROM {p}cooperative_leaders WHERE phone_e164 = @Phone;",
        DeletePreferences = $"DELETE FROM {p}caller_preferences WHERE phone_e164 = @Phone;",
        DeleteOptOut = $"DELETE FROM {p}sms_opt_outs WHERE phone_e164 = @Phone;",
        MaskSessionEnds = $"UPDATE {p}ussd_session_ends SET phone_e164 = NULL WHERE phone_e164 = @Phone;",
        MaskAuditActors = $"UPDATE {p}audit_trail SET actor = @Placeholder WHERE actor = @Phone;",
        MaskSalesReporters = $"UPDATE {p}sales_reports SET reported_by = @Placeholder WHERE reported_by = @Phone;",
        MaskRepaymentRecorders = $"UPDATE {p}loan_repayments SET recorded_by = @Placeholder WHERE recorded_by = @Phone;",
        CloseOtherPending = $"""
            UPDATE {p}privacy_requests SET status = 'done', handled_at = @Now, handled_by = @HandledBy
            WHERE phone_e164 = @Phone AND status = 'pending' AND id <> @Id;
            """,
        MaskRequests = $"UPDATE {p}privacy_requests SET phone_e164 = @Placeholder WHERE phone_e164 = @Phone;",
    };
}
