using UssdGateway.Core.Programme;
using UssdGateway.Infrastructure.Records;

namespace UssdGateway.Api.Records;

/// <summary>Gathers a <see cref="BeneficiaryDetail"/> (for the API and the console page alike).</summary>
public sealed class BeneficiaryDetails(ProgrammeRecords records, ITrainingRepository training, ILoanRepository loans)
{
    /// <summary>Messages shown per direction.</summary>
    public const int MessagesShown = 20;

    public async Task<BeneficiaryDetail?> GetAsync(long id, CancellationToken cancellationToken = default)
    {
        if (await records.GetBeneficiaryAsync(id, cancellationToken) is not { } beneficiary) return null;
        var bookings = await training.GetBookingsAsync(id, upcomingOnly: false, cancellationToken);
        var ownLoans = await loans.GetLoansOfBeneficiaryAsync(id, cancellationToken);
        var page = new RecordsPage(1, MessagesShown);
        var received = await records.ListMessagesAsync(MessageDirection.In, null, beneficiary.Phone, page, cancellationToken);
        var sent = await records.ListMessagesAsync(MessageDirection.Out, null, beneficiary.Phone, page, cancellationToken);
        var messages = received.Items.Concat(sent.Items).OrderByDescending(m => m.At).ToList();
        return new BeneficiaryDetail(beneficiary, bookings, ownLoans, messages);
    }
}
