using UssdGateway.Infrastructure.Data;

namespace UssdGateway.Infrastructure.Sms;

/// <summary>
/// The SMS inbox and outbox statements, written once per dialect. Every status change of the outbox is a
/// compare-and-set UPDATE (<c>WHERE id = @Id AND status = ...</c>); a batch of due rows is claimed by one UPDATE
/// (SQLite: under its write lock; SQL Server: READPAST + UPDLOCK): of two dispatchers, each row goes to one.
/// </summary>
internal sealed class SmsSql
{
    private const string InboxColumns = """
        provider, provider_message_id, from_raw, from_e164, to_address, text, link_id, sent_at, received_at, status, outcome
        """;

    private const string InboxValues = """
        @Provider, @ProviderMessageId, @From, @FromE164, @To, @Text, @LinkId, @SentAt, @ReceivedAt, @Status, @Outcome
        """;

    private const string OutboxColumns = """
        idempotency_key, recipient_e164, text, encoding, segments, status, attempts, next_attempt_at, created_at, updated_at, is_test,
        kind, failure_reason
        """;

    /// <summary>A non-essential message to an opted-out number is recorded failed ('opted out'), in the same statement: never sent.</summary>
    private static string OutboxValues(string optOuts) => $"""
        @IdempotencyKey, @Recipient, @Text, @Encoding, @Segments,
        CASE WHEN @Kind = 'non_essential' AND EXISTS (SELECT 1 FROM {optOuts} WHERE phone_e164 = @Recipient) THEN 'failed' ELSE 'queued' END,
        0, @Now, @Now, @Now, @IsTest, @Kind,
        CASE WHEN @Kind = 'non_essential' AND EXISTS (SELECT 1 FROM {optOuts} WHERE phone_e164 = @Recipient) THEN @OptedOut ELSE NULL END
        """;

    private const string OutboxRow = """
        id AS Id, recipient_e164 AS Recipient, text AS Text, segments AS Segments, attempts AS Attempts, is_test AS IsTest, kind AS Kind
        """;

    public static readonly SmsSql Sqlite = new()
    {
        InsertInbox = $"""
            INSERT INTO sms_inbox ({InboxColumns})
            VALUES ({InboxValues})
            ON CONFLICT (provider, provider_message_id) DO NOTHING;
            """,
        InsertOutbox = $"""
            INSERT INTO sms_outbox ({OutboxColumns})
            VALUES ({OutboxValues("sms_opt_outs")})
            ON CONFLICT (idempotency_key) DO NOTHING;
            """,
        FindOutboxId = "SELECT id FROM sms_outbox WHERE idempotency_key = @IdempotencyKey;",
        ClaimDue = $"""
            UPDATE sms_outbox SET status = 'sending', provider = NULL, attempts = attempts + 1, updated_at = @Now
            WHERE id IN (
                SELECT id FROM sms_outbox
                WHERE status = 'queued' AND next_attempt_at <= @Now AND (kind = 'essential' OR @NonEssentialAllowed = 1)
                ORDER BY next_attempt_at, id
                LIMIT @Limit)
            RETURNING {OutboxRow};
            """,
        Release = """
            UPDATE sms_outbox SET status = 'queued', attempts = attempts - 1, updated_at = @Now
            WHERE id = @Id AND status = 'sending';
            """,
        MarkSent = """
            UPDATE sms_outbox
            SET status = 'sent', provider = @Provider, provider_message_id = @ProviderMessageId, cost_xof = @CostXof,
                sent_at = @Now, updated_at = @Now, failure_reason = NULL
            WHERE id = @Id AND status = 'sending';
            """,
        Requeue = """
            UPDATE sms_outbox SET status = 'queued', next_attempt_at = @NextAttemptAt, failure_reason = @Reason, updated_at = @Now
            WHERE id = @Id AND status = 'sending';
            """,
        MarkFinal = """
            UPDATE sms_outbox SET status = @Status, provider = @Provider, failure_reason = @Reason, updated_at = @Now
            WHERE id = @Id AND status = 'sending';
            """,
        SpentSince = "SELECT COALESCE(SUM(cost_xof), 0) FROM sms_outbox WHERE sent_at >= @Since AND status IN ('sent', 'delivered');",
        MarkInterrupted = """
            UPDATE sms_outbox SET status = 'unknown', failure_reason = @Reason, updated_at = @Now
            WHERE status = 'sending' AND provider IS NOT NULL AND updated_at < @Before;
            """,
        RequeueInterrupted = """
            UPDATE sms_outbox SET status = 'queued', next_attempt_at = @Now, failure_reason = @Reason, updated_at = @Now
            WHERE status = 'sending' AND provider IS NULL AND updated_at < @Before;
            """,
        MarkHandedOver = """
            UPDATE sms_outbox SET provider = @Provider, updated_at = @Now
            WHERE id = @Id AND status = 'sending';
            """,
        Defer = """
            UPDATE sms_outbox SET status = 'queued', attempts = attempts - 1, next_attempt_at = @NextAttemptAt, failure_reason = @Reason, updated_at = @Now
            WHERE id = @Id AND status = 'sending';
            """,
        ApplyReport = """
            UPDATE sms_outbox SET status = @Status, provider_status = @ProviderStatus, failure_reason = @Reason, updated_at = @Now
            WHERE provider = @Provider AND provider_message_id = @ProviderMessageId
              AND (status IN ('sending', 'sent', 'unknown') OR @Status IN ('delivered', 'failed'));
            """,
    };

    /// <summary>UPDLOCK + HOLDLOCK: two inserts of one key cannot both pass the check; the unique keys are the safety net.</summary>
    public static readonly SmsSql SqlServer = new()
    {
        InsertInbox = $"""
            INSERT INTO dbo.sms_inbox ({InboxColumns})
            SELECT {InboxValues}
            WHERE NOT EXISTS (SELECT 1 FROM dbo.sms_inbox WITH (UPDLOCK, HOLDLOCK)
                              WHERE provider = @Provider AND provider_message_id = @ProviderMessageId);
            """,
        InsertOutbox = $"""
            INSERT INTO dbo.sms_outbox ({OutboxColumns})
            SELECT {OutboxValues("dbo.sms_opt_outs")}
            WHERE NOT EXISTS (SELECT 1 FROM dbo.sms_outbox WITH (UPDLOCK, HOLDLOCK) WHERE idempotency_key = @IdempotencyKey);
            """,
        FindOutboxId = "SELECT id FROM dbo.sms_outbox WHERE idempotency_key = @IdempotencyKey;",
        ClaimDue = """
            WITH due AS (
                SELECT TOP (@Limit) id, status, provider, attempts, updated_at, recipient_e164, text, segments, is_test, kind
                FROM dbo.sms_outbox WITH (ROWLOCK, READPAST, UPDLOCK)
                WHERE status = 'queued' AND next_attempt_at <= @Now AND (kind = 'essential' OR @NonEssentialAllowed = 1)
                ORDER BY next_attempt_at, id)
            UPDATE due SET status = 'sending', provider = NULL, attempts = attempts + 1, updated_at = @Now
            OUTPUT inserted.id AS Id, inserted.recipient_e164 AS Recipient, inserted.text AS Text, inserted.segments AS Segments,
                   inserted.attempts AS Attempts, CAST(inserted.is_test AS BIGINT) AS IsTest, inserted.kind AS Kind;
            """,
        Release = """
            UPDATE dbo.sms_outbox SET status = 'queued', attempts = attempts - 1, updated_at = @Now
            WHERE id = @Id AND status = 'sending';
            """,
        MarkSent = """
            UPDATE dbo.sms_outbox
            SET status = 'sent', provider = @Provider, provider_message_id = @ProviderMessageId, cost_xof = @CostXof,
                sent_at = @Now, updated_at = @Now, failure_reason = NULL
            WHERE id = @Id AND status = 'sending';
            """,
        Requeue = """
            UPDATE dbo.sms_outbox SET status = 'queued', next_attempt_at = @NextAttemptAt, failure_reason = @Reason, updated_at = @Now
            WHERE id = @Id AND status = 'sending';
            """,
        MarkFinal = """
            UPDATE dbo.sms_outbox SET status = @Status, provider = @Provider, failure_reason = @Reason, updated_at = @Now
            WHERE id = @Id AND status = 'sending';
            """,
        SpentSince = "SELECT COALESCE(SUM(cost_xof), 0) FROM dbo.sms_outbox WHERE sent_at >= @Since AND status IN ('sent', 'delivered');",
        MarkInterrupted = """
            UPDATE dbo.sms_outbox SET status = 'unknown', failure_reason = @Reason, updated_at = @Now
            WHERE status = 'sending' AND provider IS NOT NULL AND updated_at < @Before;
            """,
        RequeueInterrupted = """
            UPDATE dbo.sms_outbox SET status = 'queued', next_attempt_at = @Now, failure_reason = @Reason, updated_at = @Now
            WHERE status = 'sending' AND provider IS NULL AND updated_at < @Before;
            """,
        MarkHandedOver = """
            UPDATE dbo.sms_outbox SET provider = @Provider, updated_at = @Now
            WHERE id = @Id AND status = 'sending';
            """,
        Defer = """
            UPDATE dbo.sms_outbox SET status = 'queued', attempts = attempts - 1, next_attempt_at = @NextAttemptAt, failure_reason = @Reason, updated_at = @Now
            WHERE id = @Id AND status = 'sending';
            """,
        ApplyReport = """
            UPDATE dbo.sms_outbox SET status = @Status, provider_status = @ProviderStatus, failure_reason = @Reason, updated_at = @Now
            WHERE provider = @Provider AND provider_message_id = @ProviderMessageId
              AND (status IN ('sending', 'sent', 'unknown') OR @Status IN ('delivered', 'failed'));
            """,
    };

    public required string InsertInbox { get; init; }
    public required string InsertOutbox { get; init; }
    public required string FindOutboxId { get; init; }
    public required string ClaimDue { get; init; }
    public required string Release { get; init; }
    public required string MarkSent { get; init; }
    public required string Requeue { get; init; }
    public required string MarkFinal { get; init; }
    public required string SpentSince { get; init; }
    public required string Defer { get; init; }
    public required string MarkInterrupted { get; init; }
    public required string RequeueInterrupted { get; init; }
    public required string MarkHandedOver { get; init; }
    public required string ApplyReport { get; init; }

    public static SmsSql For(SqlDialect dialect) => dialect switch
    {
        SqlDialect.Sqlite => Sqlite,
        SqlDialect.SqlServer => SqlServer,
        _ => throw new ArgumentOutOfRangeException(nameof(dialect), dialect, null),
    };
}
