using UssdGateway.Core.Phones;
using UssdGateway.Core.Programme;

namespace UssdGateway.Api.Records;

/// <summary>
/// Adds a leader to a cooperative, for the console and the API alike: the number is normalised like every number the
/// gateway stores (E.164, Mali), and linked to the person registered on it when there is one (or the one named, when a
/// family shares the phone). From then on the number's <c>VENTE</c> SMS and the menu's "Ventes du mois" act for the
/// cooperative.
/// </summary>
public sealed class CooperativeLeaders(ICooperativeRepository cooperatives, IBeneficiaryRepository beneficiaries)
{
    public async Task<LeaderResult> AddAsync(long cooperativeId, LeaderBody body, ProgrammeActor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (!PhoneNumberNormalizer.TryNormalizeMali(body.Phone, out var phone)) return new LeaderResult(LeaderOutcome.InvalidPhone, "", null, 0);
        if (await cooperatives.GetAsync(cooperativeId, cancellationToken) is null) return new LeaderResult(LeaderOutcome.CooperativeNotFound, phone, null, 0);

        var people = await beneficiaries.FindByPhoneAsync(phone, cancellationToken);
        Beneficiary? linked;
        if (body.BeneficiaryId is { } named)
        {
            linked = people.FirstOrDefault(p => p.Id == named);
            if (linked is null) return new LeaderResult(LeaderOutcome.NotOnThatNumber, phone, null, people.Count);
        }
        else linked = people.Count == 1 ? people[0] : null;

        var added = await cooperatives.AddLeaderAsync(cooperativeId, phone, linked?.Id, actor, cancellationToken);
        return new LeaderResult(added ? LeaderOutcome.Added : LeaderOutcome.AlreadyLeader, phone, linked, people.Count);
    }
}
