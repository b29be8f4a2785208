using UssdGateway.Infrastructure.Data;

namespace UssdGateway.Infrastructure.Observability;

/// <summary>Counts the outbox messages due and not yet sent (what the dispatcher would claim now).</summary>
internal static class OutboxBacklogSql
{
    public static string For(SqlDialect dialect) => dialect == SqlDialect.SqlServer
        ? "SELECT COUNT_BIG(*) FROM dbo.sms_outbox WHERE status = 'queued' AND next_attempt_at <= @Now;"
        : "SELECT COUNT(*) FROM sms_outbox WHERE status = 'queued' AND next_attempt_at <= @Now;";
}
