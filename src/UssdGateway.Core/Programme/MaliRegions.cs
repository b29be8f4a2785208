namespace UssdGateway.Core.Programme;

/// <summary>Mali's regions and the District of Bamako, for "region of origin".</summary>
public static class MaliRegions
{
    public static readonly IReadOnlyList<string> All =
    [
        "Bamako (District)", "Kayes", "Koulikoro", "Sikasso", "Ségou", "Mopti", "Tombouctou", "Gao", "Kidal",
        "Ménaka", "Taoudénit", "Bougouni", "Dioïla", "Koutiala", "Kita", "Nioro", "San", "Douentza",
        "Bandiagara", "Nara",
    ];
}
