namespace UssdGateway.Core.Programme;

/// <summary>
/// Where a loan stands on a given day, computed from its principal, schedule and repayments (never stored):
/// repayments pay instalments in order; an instalment is overdue once its due date has passed unpaid.
/// </summary>
/// <param name="RepaidXof">Sum of the repayments.</param>
/// <param name="BalanceXof">Principal minus repayments (never below zero).</param>
/// <param name="DueToDateXof">Sum of the instalments due on or before the day.</param>
/// <param name="OverdueXof">What should have been paid before the day and was not.</param>
/// <param name="OverdueInstalments">Instalments due before the day and not fully paid.</param>
/// <param name="Next">The first instalment not fully paid, or null when the loan is repaid.</param>
public sealed record LoanPosition(
    long RepaidXof,
    long BalanceXof,
    long DueToDateXof,
    long OverdueXof,
    int OverdueInstalments,
    DueInstalment? Next)
{
    public bool IsRepaid => BalanceXof == 0;

    public bool IsOverdue => OverdueXof > 0;

    /// <summary>The position of a loan on <paramref name="today"/> (a Bamako date).</summary>
    public static LoanPosition Compute(long principalXof, IEnumerable<LoanInstalment> schedule, long repaidXof, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        long cumulative = 0, dueToDate = 0, overdueDue = 0;
        var overdueCount = 0;
        DueInstalment? next = null;
        foreach (var instalment in schedule.OrderBy(i => i.Number))
        {
            cumulative += instalment.AmountXof;
            var unpaid = Math.Min(instalment.AmountXof, Math.Max(0, cumulative - repaidXof));
            if (instalment.DueOn <= today) dueToDate += instalment.AmountXof;
            var late = instalment.DueOn < today;
            if (late) overdueDue += instalment.AmountXof;
            if (unpaid > 0)
            {
                if (late) overdueCount++;
                next ??= new DueInstalment(instalment.Number, instalment.DueOn, unpaid, late);
            }
        }
        return new LoanPosition(
            repaidXof,
            Math.Max(0, principalXof - repaidXof),
            dueToDate,
            Math.Max(0, overdueDue - repaidXof),
            overdueCount,
            next);
    }
}
