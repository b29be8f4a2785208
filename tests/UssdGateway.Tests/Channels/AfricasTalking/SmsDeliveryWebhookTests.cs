using System.Net;
using Dapper;
using UssdGateway.Tests.Support;

namespace UssdGateway.Tests.Channels.AfricasTalking;

/// <summary>Africa's Talking's delivery reports, as raw bodies: they move the outbox row; an unknown id answers 200.</summary>
public sealed class SmsDeliveryWebhookTests(SmsGateway gateway) : IClassFixture<SmsGateway>
{
    private const string Path = "/webhooks/africastalking/sms/delivery";

    public static TheoryData<string, string, string, HttpStatusCode, string, string, string?> RawBodies() => new()
    {
        // name, message id, raw body after id=, expected status, expected body, stored status, stored failure reason
        { "delivered", "ATXid_d1", "&status=Success&phoneNumber=%2B22376123456&networkCode=61002&retryCount=0", HttpStatusCode.OK, "OK", "delivered", null },
        { "failed with a reason", "ATXid_d2", "&status=Failed&phoneNumber=%2B22376123456&networkCode=61002&failureReason=UserInBlackList&retryCount=1", HttpStatusCode.OK, "OK", "failed", "UserInBlackList" },
        { "rejected", "ATXid_d3", "&status=Rejected&failureReason=InsufficientCredit", HttpStatusCode.OK, "OK", "failed", "InsufficientCredit" },
        { "expired", "ATXid_d4", "&status=Expired", HttpStatusCode.OK, "OK", "failed", null },
        { "buffered keeps it sent", "ATXid_d5", "&status=Buffered&networkCode=61002", HttpStatusCode.OK, "OK", "sent", null },
        { "extra fields ignored", "ATXid_d6", "&status=Success&foo=bar&cost=XOF+25", HttpStatusCode.OK, "OK", "delivered", null },
        { "unknown status left alone", "ATXid_d7", "&status=Teleported", HttpStatusCode.OK, "OK", "sent", null },
        { "missing status", "ATXid_d8", "&phoneNumber=%2B22376123456", HttpStatusCode.BadRequest, "missing field status", "sent", null },
    };

    [Theory]
    [MemberData(nameof(RawBodies))]
    public async Task Post_UpdatesTheOutbox_ForRawProviderBody(
        string name, string id, string rest, HttpStatusCode status, string expected, string storedStatus, string? storedReason)
    {
        await SentMessageAsync(gateway.Factory, "africastalking", id);
        using var client = gateway.Factory.CreateClient();

        using var response = await client.PostAsync(Path, SmsWebhookTests.Raw("id=" + id + rest));

        response.StatusCode.Should().Be(status, name);
        (await response.Content.ReadAsStringAsync()).Should().Be(expected, name);
        using var db = gateway.Factory.OpenDatabase();
        var row = await db.QuerySingleAsync<(string Status, string? Reason)>(
            "SELECT status, failure_reason FROM sms_outbox WHERE provider_message_id = @id", new { id });
        row.Should().Be((storedStatus, storedReason), name);
    }

    [Fact]
    public async Task Post_LastFinalReportWins_WhenFailureFollowsSuccess()
    {
        await SentMessageAsync(gateway.Factory, "africastalking", "ATXid_late");
        using var client = gateway.Factory.CreateClient();

        await client.PostAsync(Path, SmsWebhookTests.Raw("id=ATXid_late&status=Success"));
        await client.PostAsync(Path, SmsWebhookTests.Raw("id=ATXid_late&status=Buffered"));
        await client.PostAsync(Path, SmsWebhookTests.Raw("id=ATXid_late&status=Failed&failureReason=UserIsInactive"));

        using var db = gateway.Factory.OpenDatabase();
        (await db.QuerySingleAsync<string>("SELECT status FROM sms_outbox WHERE provider_message_id = 'ATXid_late'")).Should().Be("failed");
    }

    [Fact]
    public async Task Post_Answers200_WhenTheIdIsUnknown()
    {
        using var client = gateway.Factory.CreateClient();

        using var response = await client.PostAsync(Path, SmsWebhookTests.Raw("id=ATXid_nobody&status=Success"));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    /// <summary>An outbox row as the dispatcher leaves it once the provider accepted it.</summary>
    internal static async Task SentMessageAsync(GatewayFactory factory, string provider, string providerMessageId)
    {
        using var _ = factory.CreateClient(); // the host has started: the database is migrated
        using var db = factory.OpenDatabase();
        await db.ExecuteAsync("""
            INSERT INTO sms_outbox (idempotency_key, recipient_e164, text, encoding, segments, provider, status, attempts, provider_message_id,
                                    next_attempt_at, created_at, sent_at, updated_at)
            VALUES (@Key, '+22376123456', 'Bonjour', 'gsm7', 1, @Provider, 'sent', 1, @Id,
                    '2026-11-29T10:00:00.0000000Z', '2026-11-29T10:00:00.0000000Z', '2026-11-29T10:00:00.0000000Z', '2026-11-29T10:00:00.0000000Z')
            """, new { Key = "test:" + providerMessageId, Provider = provider, Id = providerMessageId });
    }
}
