namespace UssdGateway.Core.Programme;

/// <summary>
/// Bamako's six communes by the codes registration stores (<c>I</c>…<c>VI</c>), with some of their quarters
/// (training places, demo data).
/// </summary>
public static class BamakoCommunes
{
    /// <summary>The code stored for someone living outside Bamako.</summary>
    public const string OutsideBamako = "hors_bamako";

    public static readonly IReadOnlyList<string> Codes = ["I", "II", "III", "IV", "V", "VI"];

    public static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> Quarters = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
    {
        ["I"] = ["Banconi", "Boulkassoumbougou", "Djélibougou", "Doumanzana", "Fadjiguila", "Sotuba", "Korofina"],
        ["II"] = ["Hippodrome", "Médina Coura", "Bagadadji", "Niaréla", "Quinzambougou", "Bakaribougou", "Zone industrielle"],
        ["III"] = ["Bamako-Coura", "Darsalam", "Ouolofobougou", "Badialan", "Dravéla", "Koulouba", "N'Tomikorobougou", "Point G"],
        ["IV"] = ["Lafiabougou", "Hamdallaye", "Djicoroni Para", "Sébénikoro", "Taliko", "Lassa", "Sibiribougou"],
        ["V"] = ["Badalabougou", "Quartier Mali", "Torokorobougou", "Daoudabougou", "Sabalibougou", "Kalaban Coura", "Baco Djicoroni"],
        ["VI"] = ["Sogoniko", "Faladié", "Magnambougou", "Niamakoro", "Sokorodji", "Banankabougou", "Missabougou", "Yirimadio", "Senou"],
    };

    /// <summary>"Commune IV" for <c>IV</c>; the code itself for anything else.</summary>
    public static string Label(string code) => Codes.Contains(code) ? "Commune " + code : code;
}
