using UssdGateway.Core.Programme;
using UssdGateway.Core.Sms;

namespace UssdGateway.Core.Notices;

/// <summary>
/// Computes the scheduled SMS of a Bamako day from the programme's data, in each recipient's language. The recurring
/// jobs and <c>ussdgw reminders preview</c> both call it, so the preview is what the jobs send.
/// <list type="bullet">
/// <item>Training: the day before a session at <see cref="NoticeOptions.TrainingEveAt"/>, and on the day at
/// <see cref="NoticeOptions.TrainingMorningAt"/> when the session starts later (active bookings only).</item>
/// <item>Loans: <see cref="NoticeOptions.LoanDaysBefore"/> days before an instalment, on its day, then
/// <see cref="NoticeOptions.LoanOverdueDays"/> and <see cref="NoticeOptions.LoanOverdueFirmDays"/> days after (firmer),
/// each only while something is left to pay on it.</item>
/// <item>Sales: on <see cref="NoticeOptions.SalesNudgeDay"/> every leader is asked for last month's sales; on
/// <see cref="NoticeOptions.SalesNudgeLateDay"/> only the leaders whose cooperative has not reported it.</item>
/// </list>
/// </summary>
public sealed class NoticePlanner(INoticeSource source, Func<SmsTemplates> templates, NoticeOptions options)
{
    /// <summary>Every notice of the day, by time then recipient.</summary>
    public async Task<IReadOnlyList<Notice>> PlanDayAsync(DateOnly day, CancellationToken cancellationToken = default)
    {
        var notices = new List<Notice>();
        notices.AddRange(await TrainingRemindersAsync(day, cancellationToken).ConfigureAwait(false));
        notices.AddRange(await LoanNoticesAsync(day, cancellationToken).ConfigureAwait(false));
        notices.AddRange(await SalesNudgesAsync(day, cancellationToken).ConfigureAwait(false));
        return [.. notices.OrderBy(n => n.SendAt).ThenBy(n => n.RecipientE164, StringComparer.Ordinal).ThenBy(n => n.Kind)];
    }

    public async Task<IReadOnlyList<Notice>> TrainingRemindersAsync(DateOnly day, CancellationToken cancellationToken = default)
    {
        var lastCall = NoticeDates.At(day, options.LastCallAt);
        var notices = new List<Notice>();
        var eveAt = NoticeDates.At(day, options.TrainingEveAt);
        foreach (var seat in await source.GetBookedSeatsAsync(day.AddDays(1), cancellationToken).ConfigureAwait(false))
            notices.Add(Training(NoticeKind.TrainingEve, seat, eveAt, Min(lastCall, seat.StartsAt)));
        var morningAt = NoticeDates.At(day, options.TrainingMorningAt);
        foreach (var seat in await source.GetBookedSeatsAsync(day, cancellationToken).ConfigureAwait(false))
        {
            if (seat.StartsAt > morningAt) notices.Add(Training(NoticeKind.TrainingMorning, seat, morningAt, Min(lastCall, seat.StartsAt)));
        }
        return notices;
    }

    /// <summary>Everyone booked in the session, told now that it moved (to its new time and place) or was cancelled.</summary>
    public async Task<IReadOnlyList<Notice>> SessionChangedAsync(long sessionId, bool cancelled, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var kind = cancelled ? NoticeKind.TrainingCancelled : NoticeKind.TrainingMoved;
        var seats = await source.GetBookedSeatsOfSessionAsync(sessionId, cancellationToken).ConfigureAwait(false);
        return [.. seats.Where(s => s.StartsAt > now).Select(seat => Training(kind, seat, now, seat.StartsAt))];
    }

    public async Task<IReadOnlyList<Notice>> LoanNoticesAsync(DateOnly day, CancellationToken cancellationToken = default)
    {
        var stages = new Dictionary<DateOnly, NoticeKind>
        {
            [day.AddDays(options.LoanDaysBefore)] = NoticeKind.LoanDueSoon,
            [day] = NoticeKind.LoanDueToday,
            [day.AddDays(-options.LoanOverdueDays)] = NoticeKind.LoanOverdue,
            [day.AddDays(-options.LoanOverdueFirmDays)] = NoticeKind.LoanOverdueFirm,
        };
        var sendAt = NoticeDates.At(day, options.LoanNoticesAt);
        var expiresAt = NoticeDates.At(day, options.LastCallAt);
        var notices = new List<Notice>();
        foreach (var instalment in await source.GetOpenInstalmentsAsync(stages.Keys, cancellationToken).ConfigureAwait(false))
        {
            var kind = stages[instalment.DueOn];
            var text = Render(kind, instalment.Language, new()
            {
                ["name"] = instalment.BorrowerName,
                ["amount"] = Xof.Format(instalment.RemainingXof),
                ["date"] = NoticeDates.Day(instalment.DueOn, instalment.Language),
                ["reference"] = instalment.LoanReference,
            });
            notices.Add(new Notice(kind, instalment.InstalmentId, instalment.DueOn, sendAt, expiresAt, instalment.PhoneE164, instalment.Language, text, instalment.IsTest));
        }
        return notices;
    }

    public async Task<IReadOnlyList<Notice>> SalesNudgesAsync(DateOnly day, CancellationToken cancellationToken = default)
    {
        NoticeKind kind;
        if (day.Day == options.SalesNudgeDay) kind = NoticeKind.SalesNudge;
        else if (day.Day == options.SalesNudgeLateDay) kind = NoticeKind.SalesNudgeLate;
        else return [];
        var month = SalesMonth.Of(day).Previous();
        var sendAt = NoticeDates.At(day, options.SalesNudgesAt);
        var expiresAt = NoticeDates.At(day, options.LastCallAt);
        var notices = new List<Notice>();
        foreach (var leader in await source.GetLeadersAsync(month, cancellationToken).ConfigureAwait(false))
        {
            if (kind == NoticeKind.SalesNudgeLate && leader.HasReported) continue;
            var text = Render(kind, leader.Language, new()
            {
                ["cooperative"] = leader.CooperativeName,
                ["month"] = NoticeDates.Month(month, leader.Language),
            });
            notices.Add(new Notice(kind, leader.CooperativeId, day, sendAt, expiresAt, leader.PhoneE164, leader.Language, text, leader.IsTest));
        }
        return notices;
    }

    private Notice Training(NoticeKind kind, BookedSeat seat, DateTimeOffset sendAt, DateTimeOffset expiresAt)
    {
        var text = Render(kind, seat.Language, new()
        {
            ["name"] = seat.FullName,
            ["date"] = NoticeDates.DayAndTime(seat.StartsAt, seat.Language),
            ["place"] = seat.Place,
            ["session"] = seat.CohortName,
        });
        return new Notice(kind, seat.SessionId, BamakoTime.DateOf(seat.StartsAt), sendAt, expiresAt, seat.PhoneE164, seat.Language, text, seat.IsTest);
    }

    private string Render(NoticeKind kind, string language, Dictionary<string, string> values) =>
        templates().Render(NoticeKinds.Template(kind), language, values);

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}
