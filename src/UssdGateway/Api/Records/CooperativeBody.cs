using UssdGateway.Core.Programme;

namespace UssdGateway.Api.Records;

/// <summary>
/// A cooperative to create: name, form (<c>production_cooperative</c>, <c>service_cooperative</c>, <c>gie</c>,
/// <c>collective_enterprise</c>), sector code, commune (I…VI), members count (0 to 100 000). (name, commune) is unique.
/// </summary>
public sealed record CooperativeBody(string? Name, string? Form, string? Sector, string? Commune, int? MembersCount)
{
    public const int MaxMembers = 100_000;

    public (NewCooperative? Cooperative, string Problem) ToCooperative()
    {
        if (string.IsNullOrWhiteSpace(Name)) return (null, "name is needed");
        if (Name.Trim().Length > 200) return (null, "name has at most 200 characters");
        if (!CooperativeForms.TryParse(Form, out var form))
            return (null, "form must be " + string.Join(", ", CooperativeForms.All.Select(CooperativeForms.Code)));
        if (string.IsNullOrWhiteSpace(Sector)) return (null, "sector is needed");
        if (Sector.Trim().Length > 64) return (null, "sector has at most 64 characters");
        var commune = Commune?.Trim();
        if (commune is null || !BamakoCommunes.Codes.Contains(commune)) return (null, "commune must be one of I, II, III, IV, V, VI");
        if (MembersCount is not { } members || members < 0 || members > MaxMembers) return (null, $"membersCount must be from 0 to {MaxMembers}");
        return (new NewCooperative(Name.Trim(), form, Sector.Trim(), commune, members), "");
    }
}
