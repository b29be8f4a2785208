namespace UssdGateway.Core.Notices;

/// <summary>What a scheduled SMS is about; each has its template in <c>menus/sms.yaml</c> (see <see cref="NoticeKinds"/>).</summary>
public enum NoticeKind
{
    TrainingEve,
    TrainingMorning,
    TrainingMoved,
    TrainingCancelled,
    LoanDueSoon,
    LoanDueToday,
    LoanOverdue,
    LoanOverdueFirm,
    SalesNudge,
    SalesNudgeLate,
}
