using System.Globalization;
using UssdGateway.Core.Programme;
using UssdGateway.Infrastructure.Programme;

namespace UssdGateway.Api.Records;

/// <summary>
/// A disbursed loan to record: unique reference, the borrower (<c>beneficiaryId</c> or <c>cooperativeId</c>, exactly one),
/// principal (XOF), day disbursed (yyyy-MM-dd, not in the future), and either <c>instalments</c> (1 to 36: equal monthly
/// instalments, the first a month after disbursement, the last taking the remainder) or an explicit <c>schedule</c>
/// (due dates after disbursement in order, amounts summing to the principal).
/// </summary>
public sealed record LoanBody(
    string? Reference,
    long? BeneficiaryId,
    long? CooperativeId,
    long? PrincipalXof,
    DateOnly? DisbursedOn,
    int? Instalments,
    IReadOnlyList<InstalmentBody>? Schedule)
{
    public const int MaxReferenceLength = 64;

    public (NewLoan? Loan, string Problem) ToLoan(DateOnly today)
    {
        if (string.IsNullOrWhiteSpace(Reference)) return (null, "reference is needed");
        var reference = Reference.Trim();
        if (reference.Length > MaxReferenceLength) return (null, $"reference has at most {MaxReferenceLength} characters");
        if ((BeneficiaryId is null) == (CooperativeId is null)) return (null, "give beneficiaryId or cooperativeId (exactly one)");
        if (PrincipalXof is not { } principal || !Xof.IsValid(principal, allowZero: false)) return (null, $"principalXof must be from 1 to {Xof.Max}");
        if (DisbursedOn is not { } disbursedOn) return (null, "disbursedOn is needed (yyyy-MM-dd)");
        if (disbursedOn > today) return (null, "disbursedOn cannot be in the future");
        if ((Instalments is null) == (Schedule is null)) return (null, "give instalments (a count) or schedule (a list), exactly one");

        IReadOnlyList<LoanInstalment> schedule;
        if (Instalments is { } count)
        {
            if (count is < LoanSchedule.MinInstalments or > LoanSchedule.MaxInstalments)
                return (null, $"instalments must be from {LoanSchedule.MinInstalments} to {LoanSchedule.MaxInstalments}");
            if (count > principal) return (null, "instalments cannot outnumber the francs lent");
            schedule = LoanSchedule.EqualMonthly(principal, disbursedOn, count);
        }
        else
        {
            var (explicitSchedule, problem) = Explicit(Schedule!, principal, disbursedOn);
            if (explicitSchedule is null) return (null, problem);
            schedule = explicitSchedule;
        }
        return (new NewLoan(reference, BeneficiaryId, CooperativeId, principal, disbursedOn, schedule), "");
    }

    private static (IReadOnlyList<LoanInstalment>? Schedule, string Problem) Explicit(IReadOnlyList<InstalmentBody> rows, long principal, DateOnly disbursedOn)
    {
        if (rows.Count == 0) return (null, "schedule needs at least one instalment");
        if (rows.Count > LoanRepository.MaxInstalments) return (null, $"schedule has at most {LoanRepository.MaxInstalments} instalments");
        var schedule = new List<LoanInstalment>(rows.Count);
        var previous = disbursedOn;
        long total = 0;
        for (var i = 0; i < rows.Count; i++)
        {
            var number = (i + 1).ToString(CultureInfo.InvariantCulture);
            if (rows[i] is not { DueOn: { } dueOn, AmountXof: { } amount }) return (null, $"schedule[{i}] needs dueOn and amountXof");
            if (!Xof.IsValid(amount, allowZero: false)) return (null, $"instalment {number}: amountXof must be from 1 to {Xof.Max}");
            if (dueOn <= previous)
                return (null, $"instalment {number}: dueOn must be after {(i == 0 ? "disbursedOn" : "the previous instalment")}");
            previous = dueOn;
            total += amount;
            schedule.Add(new LoanInstalment(i + 1, dueOn, amount));
        }
        if (total != principal)
            return (null, $"the schedule sums to {total.ToString(CultureInfo.InvariantCulture)}, not principalXof {principal.ToString(CultureInfo.InvariantCulture)}");
        return (schedule, "");
    }
}
