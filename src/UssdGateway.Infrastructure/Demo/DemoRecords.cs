using UssdGateway.Core.Programme;

namespace UssdGateway.Infrastructure.Demo;

internal sealed record DemoBeneficiary(string Phone, string FullName, string Gender, int BirthYear, string Commune, string Region, string Sector, string Language);

internal sealed record DemoCohort(string Name, string Commune, string Sector, DateOnly StartsOn, DateOnly EndsOn);

/// <summary>A session and how many demo youths book it (past sessions also get attendance).</summary>
internal sealed record DemoSession(string CohortName, DateTimeOffset StartsAt, string Place, string Language, int Capacity, string Trainer, int Booked, bool IsPast);

/// <summary>A month's sales; <see cref="FirstVersionXof"/> is set when the month was corrected (the first figure stays as history).</summary>
internal sealed record DemoSales(SalesMonth Month, long AmountXof, long? FirstVersionXof, string Channel);

internal sealed record DemoCooperative(string Name, CooperativeForm Form, string Sector, string Commune, int Members, string LeaderPhone, IReadOnlyList<DemoSales> Sales);

internal sealed record DemoRepayment(string Reference, long AmountXof, DateOnly PaidOn, string Channel);

internal sealed record DemoLoan(
    string Reference, string? BeneficiaryPhone, string? CooperativeName, string? CooperativeCommune, long PrincipalXof, DateOnly DisbursedOn,
    IReadOnlyList<LoanInstalment> Schedule, IReadOnlyList<DemoRepayment> Repayments);
