using UssdGateway.Core.Programme;

namespace UssdGateway.Core.Tests.Programme;

public sealed class LoanScheduleTests
{
    [Theory]
    [InlineData(150_000L, 1)]
    [InlineData(150_000L, 6)]
    [InlineData(100_000L, 3)]
    [InlineData(1_000_000_000L, 36)]
    [InlineData(7L, 7)]
    [InlineData(999_999L, 36)]
    public void EqualMonthly_SumsExactlyToThePrincipal_WhateverTheCount(long principal, int count)
    {
        var schedule = LoanSchedule.EqualMonthly(principal, new DateOnly(2026, 3, 15), count);

        schedule.Should().HaveCount(count);
        schedule.Sum(i => i.AmountXof).Should().Be(principal);
        schedule.Select(i => i.Number).Should().Equal(Enumerable.Range(1, count));
        schedule.Should().OnlyContain(i => i.AmountXof > 0);
    }

    [Fact]
    public void EqualMonthly_GivesTheRemainderToTheLastInstalment_WhenThePrincipalDoesNotDivide()
    {
        var schedule = LoanSchedule.EqualMonthly(100_000, new DateOnly(2026, 3, 15), 3);

        schedule.Select(i => i.AmountXof).Should().Equal(33_333, 33_333, 33_334);
    }

    [Fact]
    public void EqualMonthly_FallsDueMonthlyFromTheDisbursement_OneMonthAfterIt()
    {
        var schedule = LoanSchedule.EqualMonthly(150_000, new DateOnly(2026, 11, 29), 3);

        schedule.Select(i => i.DueOn).Should().Equal(new DateOnly(2026, 12, 29), new DateOnly(2027, 1, 29), new DateOnly(2027, 2, 28));
    }

    [Theory]
    [InlineData(2027, 28)]
    [InlineData(2028, 29)]
    public void EqualMonthly_FallsOnTheLastDayOfFebruary_WhenDisbursedOnThe31stOfJanuary(int year, int lastDayOfFebruary)
    {
        var schedule = LoanSchedule.EqualMonthly(120_000, new DateOnly(year, 1, 31), 4);

        schedule.Select(i => i.DueOn).Should().Equal(
            new DateOnly(year, 2, lastDayOfFebruary), new DateOnly(year, 3, 31), new DateOnly(year, 4, 30), new DateOnly(year, 5, 31));
    }

    [Fact]
    public void EqualMonthly_CrossesTheYear_WhenDisbursedInDecember()
    {
        var schedule = LoanSchedule.EqualMonthly(20_000, new DateOnly(2026, 12, 31), 2);

        schedule.Select(i => i.DueOn).Should().Equal(new DateOnly(2027, 1, 31), new DateOnly(2027, 2, 28));
    }

    [Theory]
    [InlineData(150_000L, 0)]
    [InlineData(150_000L, 37)]
    [InlineData(0L, 3)]
    [InlineData(1_000_000_001L, 3)]
    [InlineData(5L, 6)]
    public void EqualMonthly_Throws_WhenTheCountOrPrincipalIsOutOfRange(long principal, int count)
    {
        var act = () => LoanSchedule.EqualMonthly(principal, new DateOnly(2026, 3, 15), count);

        act.Should().Throw<ArgumentOutOfRangeException>();
    }
}
