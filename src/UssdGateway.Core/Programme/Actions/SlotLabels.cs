using System.Globalization;

namespace UssdGateway.Core.Programme.Actions;

/// <summary>
/// A training session in a few characters, as a list line: <c>lun 7/12 08h30 Lafiabougou (5)</c> (day, date, Bamako
/// time, place, free places), in French or Bambara day names.
/// </summary>
public static class SlotLabels
{
    /// <summary>Most characters of the place kept in a label.</summary>
    public const int MaxPlaceLength = 20;

    private static readonly string[] FrenchDays = ["dim", "lun", "mar", "mer", "jeu", "ven", "sam"];
    private static readonly string[] BambaraDays = ["kari", "ntɛnɛ", "tarata", "araba", "alamisa", "juma", "sibiri"];

    /// <summary>The session's day, date, time and place; with <paramref name="withFreePlaces"/> its free places in brackets.</summary>
    public static string Format(TrainingSlot slot, string language, bool withFreePlaces)
    {
        ArgumentNullException.ThrowIfNull(slot);
        var local = slot.StartsAt.ToOffset(BamakoTime.Offset);
        var days = language == "bm" ? BambaraDays : FrenchDays;
        var place = slot.Place.Trim();
        if (place.Length > MaxPlaceLength) place = place[..MaxPlaceLength].TrimEnd();
        var label = string.Create(CultureInfo.InvariantCulture,
            $"{days[(int)local.DayOfWeek]} {local.Day}/{local.Month} {local.Hour:D2}h{local.Minute:D2} {place}");
        return withFreePlaces ? label + string.Create(CultureInfo.InvariantCulture, $" ({slot.FreePlaces})") : label;
    }
}
