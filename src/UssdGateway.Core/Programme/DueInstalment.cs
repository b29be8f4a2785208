namespace UssdGateway.Core.Programme;

/// <summary>
/// The next instalment not fully paid: its number, due date, what is still to pay on it (less than its amount after a
/// partial payment), and whether its date has passed.
/// </summary>
public sealed record DueInstalment(int Number, DateOnly DueOn, long RemainingXof, bool IsOverdue);
