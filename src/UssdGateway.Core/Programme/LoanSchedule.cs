namespace UssdGateway.Core.Programme;

/// <summary>
/// The programme's usual loan schedule: equal monthly instalments, the first due one month after disbursement, the
/// last taking the remainder so that the instalments sum exactly to the principal. Due dates are counted from the
/// disbursement (not from the previous instalment), clamped to the end of shorter months: a loan disbursed on
/// 31 January is due on 28 (or 29) February, 31 March, 30 April…
/// </summary>
public static class LoanSchedule
{
    /// <summary>Fewest monthly instalments.</summary>
    public const int MinInstalments = 1;

    /// <summary>Most monthly instalments (three years).</summary>
    public const int MaxInstalments = 36;

    /// <summary>The equal monthly schedule of <paramref name="count"/> instalments.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Principal not from 1 to <see cref="Xof.Max"/>, a count not from
    /// <see cref="MinInstalments"/> to <see cref="MaxInstalments"/>, or more instalments than francs lent.</exception>
    public static IReadOnlyList<LoanInstalment> EqualMonthly(long principalXof, DateOnly disbursedOn, int count)
    {
        Xof.Validate(principalXof, nameof(principalXof), allowZero: false);
        if (count is < MinInstalments or > MaxInstalments)
            throw new ArgumentOutOfRangeException(nameof(count), count, $"A monthly schedule has from {MinInstalments} to {MaxInstalments} instalments.");
        if (principalXof < count)
            throw new ArgumentOutOfRangeException(nameof(count), count, "A schedule cannot have more instalments than francs lent.");

        var regular = principalXof / count;
        var schedule = new LoanInstalment[count];
        for (var i = 0; i < count; i++)
        {
            var amount = i == count - 1 ? principalXof - (regular * (count - 1)) : regular;
            schedule[i] = new LoanInstalment(i + 1, disbursedOn.AddMonths(i + 1), amount);
        }
        return schedule;
    }
}
