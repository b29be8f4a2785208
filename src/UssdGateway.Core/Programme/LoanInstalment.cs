namespace UssdGateway.Core.Programme;

/// <summary>One row of a loan's schedule: the <see cref="Number"/>th instalment, due on a date.</summary>
public sealed record LoanInstalment(int Number, DateOnly DueOn, long AmountXof);
