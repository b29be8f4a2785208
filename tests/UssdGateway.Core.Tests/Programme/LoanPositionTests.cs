using UssdGateway.Core.Programme;

namespace UssdGateway.Core.Tests.Programme;

public sealed class LoanPositionTests
{
    private static readonly LoanInstalment[] Schedule =
    [
        new(1, new DateOnly(2026, 10, 15), 50_000),
        new(2, new DateOnly(2026, 11, 15), 50_000),
        new(3, new DateOnly(2026, 12, 15), 50_000),
    ];

    [Fact]
    public void Compute_ShowsTheFirstInstalmentNext_WhenNothingIsDueOrRepaid()
    {
        var position = LoanPosition.Compute(150_000, Schedule, 0, new DateOnly(2026, 10, 1));

        position.Should().Be(new LoanPosition(0, 150_000, 0, 0, 0, new DueInstalment(1, new DateOnly(2026, 10, 15), 50_000, false)));
        position.IsOverdue.Should().BeFalse();
    }

    [Fact]
    public void Compute_PaysInstalmentsInOrder_WhenARepaymentIsPartial()
    {
        var position = LoanPosition.Compute(150_000, Schedule, 70_000, new DateOnly(2026, 12, 1));

        position.Next.Should().Be(new DueInstalment(2, new DateOnly(2026, 11, 15), 30_000, true));
        position.OverdueXof.Should().Be(30_000);
        position.OverdueInstalments.Should().Be(1);
        position.DueToDateXof.Should().Be(100_000);
        position.BalanceXof.Should().Be(80_000);
    }

    [Fact]
    public void Compute_IsNotOverdueOnTheDueDate_WhenTheDayHasNotEnded()
    {
        LoanPosition.Compute(150_000, Schedule, 0, new DateOnly(2026, 10, 15)).Should().BeEquivalentTo(new { DueToDateXof = 50_000L, OverdueXof = 0L });
        LoanPosition.Compute(150_000, Schedule, 0, new DateOnly(2026, 10, 16)).OverdueXof.Should().Be(50_000);
    }

    [Fact]
    public void Compute_HasNoNextInstalment_WhenRepaidInFullOrAhead()
    {
        var repaid = LoanPosition.Compute(150_000, Schedule, 150_000, new DateOnly(2026, 10, 20));
        var ahead = LoanPosition.Compute(150_000, Schedule, 120_000, new DateOnly(2026, 10, 20));

        repaid.IsRepaid.Should().BeTrue();
        repaid.Next.Should().BeNull();
        ahead.OverdueXof.Should().Be(0);
        ahead.Next.Should().Be(new DueInstalment(3, new DateOnly(2026, 12, 15), 30_000, false));
    }
}
