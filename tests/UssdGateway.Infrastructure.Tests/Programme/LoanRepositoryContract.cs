using UssdGateway.Core.Programme;
using UssdGateway.Infrastructure.Programme;

namespace UssdGateway.Infrastructure.Tests.Programme;

/// <summary>What the loan repository must do in every dialect (SQLite always, SQL Server when configured).</summary>
public abstract class LoanRepositoryContract : ProgrammeContractBase
{
    // Disbursed on 15 September 2026: instalments of 50 000 due on the 15th of October, November, December...
    private static readonly DateOnly Disbursed = new(2026, 9, 15);

    protected ILoanRepository Loans => new LoanRepository(Connections, Time);

    private static NewRepayment Repayment(long loanId, long amount, string? reference = null, DateOnly? paidOn = null) =>
        new(loanId, amount, paidOn ?? new DateOnly(2026, 12, 1), RepaymentChannel.MobileMoney, reference ?? ProgrammeFixtures.Unique("OM").Replace(' ', '-'));

    [Fact]
    public virtual async Task GetLoanAsync_ReturnsScheduleAndPosition_WhenNothingIsRepaid()
    {
        var (beneficiary, _) = await Make.BeneficiaryAsync();
        var reference = ProgrammeFixtures.Unique("PR").Replace(' ', '-');
        var schedule = ProgrammeFixtures.Schedule(Disbursed, 6, 50_000);

        var id = await Loans.CreateLoanAsync(new NewLoan(reference, beneficiary, null, 300_000, Disbursed, schedule, IsTest: true), Staff);

        var loan = await Loans.GetLoanAsync(id);
        loan.Should().NotBeNull();
        loan!.Should().BeEquivalentTo(new { Id = id, Reference = reference, BeneficiaryId = (long?)beneficiary, CooperativeId = (long?)null, PrincipalXof = 300_000L, DisbursedOn = Disbursed, IsTest = true });
        loan.Schedule.Should().Equal(schedule);
        // 7 December: October and November are overdue, nothing repaid.
        loan.Position.Should().Be(new LoanPosition(0, 300_000, 100_000, 100_000, 2, new DueInstalment(1, new DateOnly(2026, 10, 15), 50_000, true)));
        (await Loans.GetLoanAsync(long.MaxValue)).Should().BeNull();
    }

    [Fact]
    public virtual async Task GetLoansOfBeneficiaryAsync_ComputesBalanceAndNextInstalment_WhenPartlyRepaid()
    {
        var (beneficiary, _) = await Make.BeneficiaryAsync();
        var older = await Make.LoanAsync(beneficiary, null, Disbursed.AddMonths(-1), instalments: 2, instalmentXof: 10_000);
        var loan = await Make.LoanAsync(beneficiary, null, Disbursed);
        await Loans.RecordRepaymentAsync(Repayment(loan, 75_000), Staff);

        var loans = await Loans.GetLoansOfBeneficiaryAsync(beneficiary);

        loans.Select(l => l.Id).Should().Equal(older, loan);
        var position = loans[1].Position;
        position.RepaidXof.Should().Be(75_000);
        position.BalanceXof.Should().Be(225_000);
        position.Next.Should().Be(new DueInstalment(2, new DateOnly(2026, 11, 15), 25_000, IsOverdue: true));
        position.OverdueXof.Should().Be(25_000);
        position.OverdueInstalments.Should().Be(1);
        (await Loans.GetLoansOfBeneficiaryAsync((await Make.BeneficiaryAsync()).Id)).Should().BeEmpty();
    }

    [Fact]
    public virtual async Task GetLoanAsync_ShowsTheInstalmentOverdue_WhenItsDueDatePassesUnpaid()
    {
        var (beneficiary, _) = await Make.BeneficiaryAsync();
        var loan = await Make.LoanAsync(beneficiary, null, Disbursed);
        await Loans.RecordRepaymentAsync(Repayment(loan, 100_000), Staff);

        var beforeDue = (await Loans.GetLoanAsync(loan))!.Position;
        Time.Advance(TimeSpan.FromDays(8)); // 15 December: due today, not overdue yet
        var onDueDate = (await Loans.GetLoanAsync(loan))!.Position;
        Time.Advance(TimeSpan.FromDays(1));
        var dayAfter = (await Loans.GetLoanAsync(loan))!.Position;

        beforeDue.Next.Should().Be(new DueInstalment(3, new DateOnly(2026, 12, 15), 50_000, false));
        beforeDue.IsOverdue.Should().BeFalse();
        onDueDate.IsOverdue.Should().BeFalse();
        onDueDate.DueToDateXof.Should().Be(150_000);
        dayAfter.OverdueXof.Should().Be(50_000);
        dayAfter.Next!.IsOverdue.Should().BeTrue();
    }

    [Fact]
    public virtual async Task GetLoansOfCooperativeAsync_ReturnsTheCooperativesLoans_WhenItHasSome()
    {
        var cooperative = await Make.CooperativeAsync();
        var loan = await Make.LoanAsync(null, cooperative, Disbursed, instalments: 10, instalmentXof: 100_000);

        var loans = await Loans.GetLoansOfCooperativeAsync(cooperative);

        loans.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Id = loan, CooperativeId = (long?)cooperative, PrincipalXof = 1_000_000L });
    }

    [Fact]
    public virtual async Task RecordRepaymentAsync_RecordsOnce_WhenTheSameReferenceArrivesAgain()
    {
        var loan = await Make.LoanAsync((await Make.BeneficiaryAsync()).Id, null, Disbursed);
        var repayment = Repayment(loan, 50_000);

        var first = await Loans.RecordRepaymentAsync(repayment, Staff);
        var again = await Loans.RecordRepaymentAsync(repayment, Staff);

        first.Outcome.Should().Be(RepaymentOutcome.Recorded);
        first.Loan!.Position.BalanceXof.Should().Be(250_000);
        again.Outcome.Should().Be(RepaymentOutcome.Duplicate);
        again.RepaymentId.Should().Be(first.RepaymentId);
        again.Loan!.Position.RepaidXof.Should().Be(50_000);
        (await Audit.GetForAsync("loan", loan.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .Select(a => a.Action).Should().Equal("repayment.recorded", "loan.created");
    }

    [Fact]
    public virtual async Task RecordRepaymentAsync_RecordsOnce_WhenTwentyCopiesArriveAtOnce()
    {
        var loan = await Make.LoanAsync((await Make.BeneficiaryAsync()).Id, null, Disbursed);
        var repayment = Repayment(loan, 30_000);
        var loans = Loans;

        var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() => loans.RecordRepaymentAsync(repayment, Staff))));

        results.Count(r => r.Outcome == RepaymentOutcome.Recorded).Should().Be(1);
        results.Count(r => r.Outcome == RepaymentOutcome.Duplicate).Should().Be(19);
        (await loans.GetLoanAsync(loan))!.Position.RepaidXof.Should().Be(30_000);
    }

    [Fact]
    public virtual async Task RecordRepaymentAsync_NeverGoesPastTheBalance_WhenRepaymentsArriveAtOnce()
    {
        var loan = await Make.LoanAsync((await Make.BeneficiaryAsync()).Id, null, Disbursed); // 300 000
        var loans = Loans;

        var results = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => Task.Run(() => loans.RecordRepaymentAsync(Repayment(loan, 50_000), Staff))));

        results.Count(r => r.Outcome == RepaymentOutcome.Recorded).Should().Be(6);
        results.Count(r => r.Outcome == RepaymentOutcome.ExceedsBalance).Should().Be(4);
        var position = (await loans.GetLoanAsync(loan))!.Position;
        position.BalanceXof.Should().Be(0);
        position.IsRepaid.Should().BeTrue();
        position.Next.Should().BeNull();
    }

    [Fact]
    public virtual async Task RecordRepaymentAsync_RefusesWithAnOutcome_WhenReferenceIsReusedOrLoanIsUnknown()
    {
        var (beneficiary, _) = await Make.BeneficiaryAsync();
        var loan = await Make.LoanAsync(beneficiary, null, Disbursed);
        var other = await Make.LoanAsync(beneficiary, null, Disbursed);
        var used = Repayment(loan, 10_000);
        await Loans.RecordRepaymentAsync(used, Staff);

        (await Loans.RecordRepaymentAsync(used with { AmountXof = 20_000 }, Staff)).Outcome.Should().Be(RepaymentOutcome.ReferenceConflict);
        (await Loans.RecordRepaymentAsync(used with { LoanId = other }, Staff)).Outcome.Should().Be(RepaymentOutcome.ReferenceConflict);
        (await Loans.RecordRepaymentAsync(Repayment(long.MaxValue, 10_000), Staff)).Should().Be(new RepaymentResult(RepaymentOutcome.LoanNotFound, 0, null));
        (await Loans.RecordRepaymentAsync(Repayment(loan, 290_001), Staff)).Outcome.Should().Be(RepaymentOutcome.ExceedsBalance);
        (await Loans.GetLoanAsync(other))!.Position.RepaidXof.Should().Be(0);
    }

    [Fact]
    public virtual async Task RecordRepaymentAsync_Throws_WhenAmountIsNotPositiveOrAbsurdOrThePaymentIsInTheFuture()
    {
        var loan = await Make.LoanAsync((await Make.BeneficiaryAsync()).Id, null, Disbursed);

        foreach (var amount in new[] { 0L, -5_000L, 1_000_000_001L })
        {
            var record = () => Loans.RecordRepaymentAsync(Repayment(loan, amount), Staff);
            (await record.Should().ThrowAsync<ArgumentOutOfRangeException>()).WithMessage("*from 1 to 1 000 000 000 FCFA*");
        }
        var tomorrow = () => Loans.RecordRepaymentAsync(Repayment(loan, 1_000, paidOn: new DateOnly(2026, 12, 8)), Staff);
        var noReference = () => Loans.RecordRepaymentAsync(Repayment(loan, 1_000, reference: " "), Staff);
        (await tomorrow.Should().ThrowAsync<ArgumentOutOfRangeException>()).WithMessage("*future*");
        await noReference.Should().ThrowAsync<ArgumentException>();
        (await Loans.GetLoanAsync(loan))!.Position.RepaidXof.Should().Be(0);
    }

    [Fact]
    public virtual async Task CreateLoanAsync_Throws_WhenTheLoanCannotBeRight()
    {
        var (beneficiary, _) = await Make.BeneficiaryAsync();
        var cooperative = await Make.CooperativeAsync();
        var schedule = ProgrammeFixtures.Schedule(Disbursed, 6, 50_000);
        NewLoan Loan(long principal, IReadOnlyList<LoanInstalment> rows, long? b = -1, long? c = null, DateOnly? disbursed = null, string? reference = null) =>
            new(reference ?? ProgrammeFixtures.Unique("PR").Replace(' ', '-'), b == -1 ? beneficiary : b, c, principal, disbursed ?? Disbursed, rows, IsTest: true);

        var cases = new Func<Task>[]
        {
            () => Loans.CreateLoanAsync(Loan(300_001, schedule), Staff),                                    // sum differs
            () => Loans.CreateLoanAsync(Loan(300_000, schedule, c: cooperative), Staff),                    // two borrowers
            () => Loans.CreateLoanAsync(Loan(300_000, schedule, b: null), Staff),                           // no borrower
            () => Loans.CreateLoanAsync(Loan(300_000, []), Staff),                                          // no schedule
            () => Loans.CreateLoanAsync(Loan(300_000, [.. schedule.Reverse()]), Staff),                     // out of order
            () => Loans.CreateLoanAsync(Loan(300_000, schedule, disbursed: Disbursed.AddMonths(1)), Staff), // first due on disbursement
            () => Loans.CreateLoanAsync(Loan(2_000_000_000, [new LoanInstalment(1, Disbursed.AddMonths(1), 2_000_000_000)]), Staff),
            () => Loans.CreateLoanAsync(Loan(300_000, schedule, b: long.MaxValue), Staff),                  // unknown beneficiary
            () => Loans.CreateLoanAsync(Loan(300_000, schedule, disbursed: new DateOnly(2026, 12, 8)), Staff), // future
        };
        foreach (var create in cases) await create.Should().ThrowAsync<ArgumentException>();

        var reference = ProgrammeFixtures.Unique("PR").Replace(' ', '-');
        await Loans.CreateLoanAsync(Loan(300_000, schedule, reference: reference), Staff);
        var twice = () => Loans.CreateLoanAsync(Loan(300_000, schedule, reference: reference), Staff);
        (await twice.Should().ThrowAsync<InvalidOperationException>()).WithMessage($"*{reference}*");
        (await Loans.GetLoansOfBeneficiaryAsync(beneficiary)).Should().ContainSingle();
    }
}
