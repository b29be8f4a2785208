using UssdGateway.Core.Programme;
using UssdGateway.Infrastructure.Data;

namespace UssdGateway.Infrastructure.Programme;

/// <summary>A beneficiaries row as Dapper reads it from either dialect (timestamps as text or datetimeoffset).</summary>
internal sealed class BeneficiaryRow
{
    public long Id { get; set; }
    public string Phone { get; set; } = "";
    public string FullName { get; set; } = "";
    public string Gender { get; set; } = "";
    public int BirthYear { get; set; }
    public string Commune { get; set; } = "";
    public string RegionOfOrigin { get; set; } = "";
    public string Sector { get; set; } = "";
    public string Language { get; set; } = "";
    public object ConsentedAt { get; set; } = "";
    public string ConsentVersion { get; set; } = "";
    public string Channel { get; set; } = "";
    public bool IsTest { get; set; }
    public object CreatedAt { get; set; } = "";

    public Beneficiary ToBeneficiary() => new(
        Id, Phone, FullName, Gender, BirthYear, Commune, RegionOfOrigin, Sector, Language,
        DbTimestamp.Read(ConsentedAt), ConsentVersion, Channel, IsTest, DbTimestamp.Read(CreatedAt));
}
