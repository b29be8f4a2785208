namespace UssdGateway.Core.Notices;

/// <summary>Each <see cref="NoticeKind"/>'s name in idempotency keys and listings (kebab-case) and its template key.</summary>
public static class NoticeKinds
{
    public static string Name(NoticeKind kind) => kind switch
    {
        NoticeKind.TrainingEve => "training-eve",
        NoticeKind.TrainingMorning => "training-morning",
        NoticeKind.TrainingMoved => "training-moved",
        NoticeKind.TrainingCancelled => "training-cancelled",
        NoticeKind.LoanDueSoon => "loan-due-soon",
        NoticeKind.LoanDueToday => "loan-due-today",
        NoticeKind.LoanOverdue => "loan-overdue",
        NoticeKind.LoanOverdueFirm => "loan-overdue-firm",
        NoticeKind.SalesNudge => "sales-nudge",
        NoticeKind.SalesNudgeLate => "sales-nudge-late",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>The template in <c>menus/sms.yaml</c>: the kind's name with underscores.</summary>
    public static string Template(NoticeKind kind) => Name(kind).Replace('-', '_');

    public static IReadOnlyList<NoticeKind> All { get; } = Enum.GetValues<NoticeKind>();
}
