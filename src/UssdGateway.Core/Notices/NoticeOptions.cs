namespace UssdGateway.Core.Notices;

/// <summary>
/// The <c>Notices</c> section: when each scheduled SMS goes out (Bamako time, UTC+0). The recurring jobs run often
/// (see README, "Jobs") and write what has come due; these times say when that is.
/// </summary>
public sealed class NoticeOptions
{
    public const string SectionName = "Notices";

    /// <summary>The reminder the day before a session.</summary>
    public TimeOnly TrainingEveAt { get; set; } = new(18, 0);

    /// <summary>The reminder on the morning of the session (sent only if the session starts later that day).</summary>
    public TimeOnly TrainingMorningAt { get; set; } = new(7, 30);

    public TimeOnly LoanNoticesAt { get; set; } = new(8, 0);

    /// <summary>Days before an instalment's due date for the first notice.</summary>
    public int LoanDaysBefore { get; set; } = 3;

    /// <summary>Days after the due date for the overdue notice, then the firmer one.</summary>
    public int LoanOverdueDays { get; set; } = 3;

    public int LoanOverdueFirmDays { get; set; } = 10;

    public TimeOnly SalesNudgesAt { get; set; } = new(9, 0);

    /// <summary>Day of the month every leader is asked for last month's sales.</summary>
    public int SalesNudgeDay { get; set; } = 1;

    /// <summary>Day of the month leaders who have not reported last month are asked again.</summary>
    public int SalesNudgeLateDay { get; set; } = 5;

    /// <summary>A notice not written by this time of its day is dropped (it would reach people at night or too late).</summary>
    public TimeOnly LastCallAt { get; set; } = new(21, 0);
}
