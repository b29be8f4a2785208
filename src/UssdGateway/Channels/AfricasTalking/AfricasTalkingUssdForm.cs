using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.Primitives;
using UssdGateway.Core.Engine;
using UssdGateway.Core.Phones;

namespace UssdGateway.Channels.AfricasTalking;

/// <summary>
/// Africa's Talking's USSD callback form (<c>sessionId</c>, <c>serviceCode</c>, <c>phoneNumber</c>,
/// <c>networkCode</c>, <c>text</c>) read into a <see cref="UssdRequest"/>. Extra fields are ignored;
/// a missing <c>text</c> is the first hop (empty); <c>networkCode</c> is optional.
/// </summary>
public static class AfricasTalkingUssdForm
{
    public const string Provider = "africastalking";
    private const int MaxSessionId = 128;
    private const int MaxServiceCode = 40;
    private const int MaxNetworkCode = 16;
    private const int MaxText = 2000;

    /// <summary>The request, or a one-line reason it cannot be served.</summary>
    public static bool TryRead(IFormCollection form, [NotNullWhen(true)] out UssdRequest? request, [NotNullWhen(false)] out string? problem)
    {
        request = null;
        if (!Single(form, "sessionId", required: true, MaxSessionId, out var sessionId, out problem)
            || !Single(form, "serviceCode", required: true, MaxServiceCode, out var serviceCode, out problem)
            || !Single(form, "phoneNumber", required: true, 32, out var phoneNumber, out problem)
            || !Single(form, "networkCode", required: false, MaxNetworkCode, out var networkCode, out problem)
            || !Single(form, "text", required: false, MaxText, out var text, out problem))
        {
            problem ??= "invalid form";
            return false;
        }

        if (sessionId is null || sessionId.Any(char.IsControl) || sessionId.Contains(' '))
        {
            problem = "sessionId must not contain spaces or control characters";
            return false;
        }
        if (serviceCode is null || !serviceCode.All(c => char.IsAsciiDigit(c) || c is '*' or '#' or '+'))
        {
            problem = "serviceCode must be a USSD code such as *384*123#";
            return false;
        }
        if (!PhoneNumberNormalizer.TryNormalize(phoneNumber, out var e164))
        {
            problem = "phoneNumber is not a valid phone number (expected E.164, e.g. +22376123456)";
            return false;
        }
        if ((text ?? "").Any(c => char.IsControl(c) && c != '\n'))
        {
            problem = "text must not contain control characters";
            return false;
        }
        request = new UssdRequest(Provider, sessionId, e164, serviceCode, networkCode, text ?? "");
        return true;
    }

    private static bool Single(IFormCollection form, string name, bool required, int maxLength, out string? value, out string? problem)
    {
        value = null;
        problem = null;
        if (!form.TryGetValue(name, out StringValues values) || values.Count == 0)
        {
            if (required) problem = $"missing field {name}";
            return !required;
        }
        if (values.Count > 1)
        {
            problem = $"field {name} is given {values.Count} times";
            return false;
        }
        value = values[0] ?? "";
        if (required && value.Trim().Length == 0)
        {
            problem = $"field {name} is empty";
            return false;
        }
        if (value.Length > maxLength)
        {
            problem = $"field {name} is longer than {maxLength} characters";
            return false;
        }
        value = name == "text" ? value : value.Trim();
        return true;
    }
}
