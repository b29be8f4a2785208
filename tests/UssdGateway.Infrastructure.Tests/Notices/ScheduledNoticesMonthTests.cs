using Microsoft.Extensions.DependencyInjection;
using UssdGateway.Core.Programme;
using UssdGateway.Core.Sms;
using UssdGateway.Infrastructure.Notices;

namespace UssdGateway.Infrastructure.Tests.Notices;

/// <summary>
/// A month of simulated days over seeded data: at eight moments of each day the three recurring jobs run, each twice
/// and all at once, while people cancel, pay, report and staff cancel a session; the outbox must then hold exactly the
/// notices the programme expects, each once.
/// </summary>
public sealed class ScheduledNoticesMonthTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan[] Moments =
        [new(6, 0, 0), new(7, 30, 0), new(8, 0, 0), new(9, 0, 0), new(12, 0, 0), new(18, 0, 0), new(19, 0, 0), new(22, 0, 0)];

    [Fact]
    public async Task AMonthOfJobRuns_WritesExactlyTheExpectedNotices_EachOnce()
    {
        await using var rig = await NoticeRig.StartAsync(Start);
        var staff = ProgrammeActor.Staff("planner");
        var awa = await rig.PersonAsync("Awa Traoré", "fr");
        var bakary = await rig.PersonAsync("Bakary Keita", "bm");
        var optedOut = await rig.PersonAsync("Issa Coulibaly", "fr");
        await rig.Services.GetRequiredService<ISmsOptOuts>().OptOutAsync(optedOut.Phone, "keyword");

        var cohort = await rig.Make.CohortAsync(isTest: false, name: "Cohorte Banconi");
        var s1 = await rig.Make.SessionAsync(cohort, At(8, 9, 0), isTest: false, place: "Maison des jeunes");
        var s2 = await rig.Make.SessionAsync(cohort, At(15, 14, 0), isTest: false);
        var s3 = await rig.Make.SessionAsync(cohort, At(20, 10, 0), isTest: false);
        foreach (var who in new[] { awa.Id, bakary.Id, optedOut.Id }) await rig.Make.Training.BookAsync(s1, who, staff);
        await rig.Make.Training.BookAsync(s2, awa.Id, staff);
        await rig.Make.Training.BookAsync(s3, bakary.Id, staff);

        var awaLoan = await rig.Make.LoanAsync(awa.Id, null, new DateOnly(2026, 11, 10), instalments: 2, instalmentXof: 50_000, isTest: false);
        var coop = await rig.Make.CooperativeAsync(isTest: false, name: "GIE Jigiya");
        var silentCoop = await rig.Make.CooperativeAsync(isTest: false, name: "Coopérative Benkadi");
        var leader = "+22376000111";
        var silentLeader = "+22376000222";
        await rig.Make.Cooperatives.AddLeaderAsync(coop, leader, null, staff);
        await rig.Make.Cooperatives.AddLeaderAsync(silentCoop, silentLeader, null, staff);
        var coopLoan = await rig.Make.LoanAsync(null, coop, new DateOnly(2026, 11, 3), instalments: 1, instalmentXof: 40_000, isTest: false);

        var events = new SortedList<DateTimeOffset, Func<Task>>
        {
            [At(2, 10, 0)] = () => rig.Make.Loans.RecordRepaymentAsync(new NewRepayment(coopLoan, 15_000, new DateOnly(2026, 12, 2), RepaymentChannel.MobileMoney, "OM-1"), staff),
            [At(2, 11, 0)] = () => rig.Make.Cooperatives.ReportSalesAsync(coop, new SalesMonth(2026, 11), 150_000, staff),
            [At(3, 10, 0)] = () => rig.Make.Training.CancelAsync(s2, awa.Id, staff),
            [At(12, 10, 0)] = () => rig.Make.Loans.RecordRepaymentAsync(new NewRepayment(awaLoan, 50_000, new DateOnly(2026, 12, 12), RepaymentChannel.MobileMoney, "OM-2"), staff),
            [At(18, 10, 0)] = () => rig.Get<SessionChangeNotifier>().CancelAsync(s3, staff),
        };

        for (var day = 0; day < 31; day++)
        {
            foreach (var moment in Moments)
            {
                var now = Start.AddDays(day) + moment;
                while (events.Count > 0 && events.Keys[0] <= now)
                {
                    rig.Time.SetUtcNow(events.Keys[0]);
                    await events.Values[0]();
                    events.RemoveAt(0);
                }
                rig.Time.SetUtcNow(now);
                await Task.WhenAll(Enumerable.Range(0, 2).SelectMany(_ => new[]
                {
                    Task.Run(() => rig.Get<TrainingRemindersJob>().RunAsync(CancellationToken.None)),
                    Task.Run(() => rig.Get<LoanRepaymentNoticesJob>().RunAsync(CancellationToken.None)),
                    Task.Run(() => rig.Get<SalesReportNudgesJob>().RunAsync(CancellationToken.None)),
                }));
            }
        }

        var rows = await rig.OutboxAsync();
        rows.Select(r => Describe(r.IdempotencyKey)).Should().BeEquivalentTo(
        [
            ("sales-nudge", leader, "2026-12-01"),
            ("sales-nudge", silentLeader, "2026-12-01"),
            ("loan-due-today", leader, "2026-12-03"),
            ("sales-nudge-late", silentLeader, "2026-12-05"),
            ("loan-overdue", leader, "2026-12-03"),
            ("loan-due-soon", awa.Phone, "2026-12-10"),
            ("training-eve", awa.Phone, "2026-12-08"),
            ("training-eve", bakary.Phone, "2026-12-08"),
            ("training-eve", optedOut.Phone, "2026-12-08"),
            ("training-morning", awa.Phone, "2026-12-08"),
            ("training-morning", bakary.Phone, "2026-12-08"),
            ("training-morning", optedOut.Phone, "2026-12-08"),
            ("loan-due-today", awa.Phone, "2026-12-10"),
            ("loan-overdue-firm", leader, "2026-12-03"),
            ("training-cancelled", bakary.Phone, "2026-12-20"),
        ], "a cancelled booking gets no reminder, a paid instalment no more notices, a reporting cooperative no late nudge");
        rows.Should().OnlyHaveUniqueItems(r => r.IdempotencyKey);
        rows.Should().OnlyContain(r => r.Kind == "non_essential");
        rows.Where(r => r.Recipient == optedOut.Phone).Should().OnlyContain(r => r.Status == "failed" && r.FailureReason == ISmsOutbox.OptedOutReason,
            "an opted-out number gets no reminder");
        rows.Where(r => r.Recipient != optedOut.Phone).Should().OnlyContain(r => r.Status == "queued");

        var coopDueToday = rows.Single(r => r.IdempotencyKey.StartsWith("notice:loan-due-today:", StringComparison.Ordinal) && r.Recipient == leader);
        coopDueToday.Text.Should().Contain("25 000 FCFA", "the partial payment is taken off").And.Contain("GIE Jigiya");
        rows.Single(r => r.IdempotencyKey.StartsWith("notice:training-eve:", StringComparison.Ordinal) && r.Recipient == awa.Phone)
            .Text.Should().Contain("mardi 8 déc. 09h00").And.Contain("Maison des jeunes").And.Contain("Awa Traoré");
        rows.Single(r => r.IdempotencyKey.StartsWith("notice:training-eve:", StringComparison.Ordinal) && r.Recipient == bakary.Phone)
            .Text.Should().Contain("tarata 8/12 09h00", "Bakary chose Bambara");
    }

    private static DateTimeOffset At(int day, int hour, int minute) => new(2026, 12, day, hour, minute, 0, TimeSpan.Zero);

    /// <summary>(kind, recipient, due date) from <c>notice:{kind}:{subject}:{recipient}:{date}</c>.</summary>
    private static (string, string, string) Describe(string key)
    {
        var parts = key.Split(':');
        return (parts[1], parts[3], parts[4]);
    }
}
