using UssdGateway.Core.Programme;
using UssdGateway.Infrastructure.Records;

namespace UssdGateway.Api.Records;

/// <summary>A beneficiary with their bookings (active, any date), loans and latest SMS in and out.</summary>
public sealed record BeneficiaryDetail(
    Beneficiary Beneficiary,
    IReadOnlyList<TrainingBooking> Bookings,
    IReadOnlyList<LoanSummary> Loans,
    IReadOnlyList<MessageRecord> Messages);
