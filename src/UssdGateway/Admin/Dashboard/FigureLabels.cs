using UssdGateway.Core.Programme;

namespace UssdGateway.Admin.Dashboard;

/// <summary>French labels for the codes stored with registrations (the menu's own wording).</summary>
public static class FigureLabels
{
    private static readonly Dictionary<string, string> Sectors = new(StringComparer.Ordinal)
    {
        ["food"] = "Alimentation",
        ["sanitation"] = "Assainissement",
        ["construction"] = "Construction (BTP)",
        ["health"] = "Santé",
        ["education"] = "Éducation communautaire",
    };

    public static string Commune(string code) => code == BamakoCommunes.OutsideBamako ? "Hors de Bamako" : BamakoCommunes.Label(code);

    public static string Sector(string code) => Sectors.GetValueOrDefault(code, code);

    public static string Gender(string code) => code.ToUpperInvariant() switch
    {
        "F" => "Femmes",
        "M" => "Hommes",
        _ => code,
    };

    public static string AgeBand(string band) => band == AgeBands.Under15 ? "Moins de 15 ans" : band + " ans";

    public static string SmsStatus(string status) => status switch
    {
        "queued" => "en file",
        "sending" => "en cours d'envoi",
        "sent" => "envoyé",
        "delivered" => "remis",
        "failed" => "échec",
        "unknown" => "inconnu",
        _ => status,
    };
}
