using UssdGateway.Core.Programme;

namespace UssdGateway.Infrastructure.Tests.Programme;

internal static class Registrations
{
    public static readonly DateTimeOffset ConsentedAt = new(2026, 12, 7, 8, 30, 15, 123, TimeSpan.Zero);

    /// <summary>A Malian mobile number no other test uses (tests against a shared SQL Server keep apart).</summary>
    public static string NewPhone() => "+2237" + Random.Shared.Next(0, 10_000_000).ToString("D7", System.Globalization.CultureInfo.InvariantCulture);

    public static BeneficiaryRegistration For(string phone, string fullName = "Awa Traoré") => new(
        Phone: phone,
        FullName: fullName,
        Gender: "F",
        BirthYear: 2004,
        Commune: "Commune IV",
        RegionOfOrigin: "Ségou",
        Sector: "agriculture",
        Language: "bm",
        ConsentedAt: ConsentedAt,
        ConsentVersion: "2026-11",
        Channel: "ussd",
        SessionId: "ATUid_" + Guid.NewGuid().ToString("N"), // each call its own session, as separate dials are
        IsTest: true);
}
