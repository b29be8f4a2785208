using Microsoft.Extensions.DependencyInjection;
using UssdGateway.Core.Sms;
using UssdGateway.Infrastructure.Sms;

namespace UssdGateway.Infrastructure.Tests.Notices;

/// <summary>
/// What the dispatcher holds back and what it never holds: quiet hours, opt-outs arriving after a message was queued,
/// the daily spend cap. Sent through the log sender (the embedded default), on a fake clock.
/// </summary>
public sealed class SendingRulesTests
{
    private const string Number = "+22376123456";

    [Fact]
    public async Task QuietHours_HoldRemindersUntilSevenButNotConfirmations()
    {
        await using var rig = await NoticeRig.StartAsync(new DateTimeOffset(2026, 12, 7, 22, 15, 0, TimeSpan.Zero));
        var outbox = rig.Services.GetRequiredService<ISmsOutbox>();
        await outbox.EnqueueAsync(new OutgoingSms(Number, "Rappel: formation demain", "quiet:reminder"));
        await outbox.EnqueueAsync(new OutgoingSms(Number, "Inscription enregistrée", "quiet:confirmation", Kind: SmsKind.Essential));
        var dispatcher = rig.Services.GetRequiredService<SmsDispatcher>();

        (await dispatcher.DispatchDueAsync()).Should().Be(1, "at 22:15 only the confirmation goes");
        rig.Time.SetUtcNow(new DateTimeOffset(2026, 12, 8, 6, 59, 0, TimeSpan.Zero));
        (await dispatcher.DispatchDueAsync()).Should().Be(0, "06:59 is still quiet");
        rig.Time.SetUtcNow(new DateTimeOffset(2026, 12, 8, 7, 0, 0, TimeSpan.Zero));
        (await dispatcher.DispatchDueAsync()).Should().Be(1, "the reminder goes out when the window opens");

        (await rig.OutboxAsync()).Should().OnlyContain(r => r.Status == "sent");
    }

    [Fact]
    public async Task AReminderQueuedBeforeStop_IsNotSent_WhenTheNumberOptsOutMeanwhile()
    {
        await using var rig = await NoticeRig.StartAsync(new DateTimeOffset(2026, 12, 7, 9, 0, 0, TimeSpan.Zero));
        await rig.Services.GetRequiredService<ISmsOutbox>().EnqueueAsync(new OutgoingSms(Number, "Rappel: échéance demain", "optout:reminder"));
        await rig.Services.GetRequiredService<ISmsOptOuts>().OptOutAsync(Number, "keyword");

        await rig.Services.GetRequiredService<SmsDispatcher>().DispatchDueAsync();

        var row = (await rig.OutboxAsync()).Single();
        row.Status.Should().Be("failed");
        row.FailureReason.Should().Be(ISmsOutbox.OptedOutReason);
    }

    [Fact]
    public async Task SpendCap_StopsNonEssentialSends_TellsStaffOnce_AndStillSendsConfirmations()
    {
        await using var rig = await NoticeRig.StartAsync(new DateTimeOffset(2026, 12, 7, 9, 0, 0, TimeSpan.Zero), new Dictionary<string, string?>
        {
            ["Sms:Prices:log"] = "10",
            ["Sms:DailySpendCapXof"] = "25",
            ["Sms:StaffAlertNumbers:0"] = "+22366000001",
        });
        var outbox = rig.Services.GetRequiredService<ISmsOutbox>();
        for (var i = 1; i <= 4; i++) await outbox.EnqueueAsync(new OutgoingSms("+2237600000" + i, "Annonce: réunion samedi", "cap:broadcast:" + i));
        await outbox.EnqueueAsync(new OutgoingSms(Number, "Vente enregistrée: 150 000 FCFA", "cap:confirmation", Kind: SmsKind.Essential));
        var dispatcher = rig.Services.GetRequiredService<SmsDispatcher>();

        while (await dispatcher.DispatchDueAsync() > 0)
        {
        }

        var rows = await rig.OutboxAsync();
        rows.Where(r => r.IdempotencyKey.StartsWith("cap:broadcast:", StringComparison.Ordinal)).Select(r => r.Status)
            .Should().BeEquivalentTo(["sent", "sent", "queued", "queued"], "two parts at 10 XOF fit under 25 XOF; the rest waits for tomorrow");
        rows.Single(r => r.IdempotencyKey == "cap:confirmation").Status.Should().Be("sent", "confirmations are never capped");
        var alert = rows.Where(r => r.IdempotencyKey.StartsWith("staff-alert:spend-cap:", StringComparison.Ordinal)).Should().ContainSingle().Subject;
        alert.Recipient.Should().Be("+22366000001");
        alert.Status.Should().Be("sent");

        rig.Time.SetUtcNow(new DateTimeOffset(2026, 12, 8, 9, 0, 0, TimeSpan.Zero));
        await dispatcher.DispatchDueAsync();
        (await rig.OutboxAsync()).Where(r => r.IdempotencyKey.StartsWith("cap:broadcast:", StringComparison.Ordinal))
            .Should().OnlyContain(r => r.Status == "sent", "a new day, a new budget");
    }
}
