using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using UssdGateway.Core.Phones;
using UssdGateway.Core.Sessions;

namespace UssdGateway.Channels.AfricasTalking;

/// <summary>
/// Africa's Talking's end-of-session notification (<c>sessionId</c>, <c>status</c>, <c>date</c>, <c>phoneNumber</c>,
/// <c>serviceCode</c>, <c>networkCode</c>, <c>durationInMillis</c>, <c>hopsCount</c>, <c>cost</c>, <c>errorMessage</c>...).
/// The field list is not certain: only <c>sessionId</c> is required, unreadable optional values are dropped, extra fields ignored.
/// </summary>
public static class AfricasTalkingUssdEventForm
{
    private const int MaxField = 500;

    public static bool TryRead(IFormCollection form, DateTimeOffset receivedAt, [NotNullWhen(true)] out SessionEnd? end, [NotNullWhen(false)] out string? problem)
    {
        end = null;
        var sessionId = Field(form, "sessionId");
        if (string.IsNullOrWhiteSpace(sessionId))
        {
            problem = "missing field sessionId";
            return false;
        }
        if (sessionId.Length > 128 || sessionId.Any(c => char.IsControl(c) || c == ' '))
        {
            problem = "sessionId must be at most 128 characters, without spaces or control characters";
            return false;
        }
        problem = null;
        end = new SessionEnd(
            AfricasTalkingUssdForm.Provider,
            sessionId,
            PhoneNumberNormalizer.TryNormalize(Field(form, "phoneNumber"), out var phone) ? phone : null,
            Field(form, "serviceCode"),
            Field(form, "networkCode"),
            Field(form, "status") is { Length: > 0 } status ? status : "Unknown",
            long.TryParse(Field(form, "durationInMillis"), NumberStyles.None, CultureInfo.InvariantCulture, out var duration) ? duration : null,
            int.TryParse(Field(form, "hopsCount"), NumberStyles.None, CultureInfo.InvariantCulture, out var hops) ? hops : null,
            Field(form, "cost"),
            Field(form, "errorMessage"),
            ParseDate(Field(form, "date")),
            receivedAt);
        return true;
    }

    /// <summary>A field's first value, trimmed and bounded; null when absent or empty.</summary>
    private static string? Field(IFormCollection form, string name)
    {
        if (!form.TryGetValue(name, out var values) || values.Count == 0) return null;
        var value = values[0]?.Trim();
        if (string.IsNullOrEmpty(value)) return null;
        value = new string(value.Where(c => !char.IsControl(c)).ToArray());
        return value.Length > MaxField ? value[..MaxField] : value;
    }

    /// <summary>Dates are seen as <c>2026-11-29 10:00:00</c> and as ISO 8601; both are UTC.</summary>
    private static DateTimeOffset? ParseDate(string? text) =>
        text is not null && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var date)
            ? date
            : null;
}
