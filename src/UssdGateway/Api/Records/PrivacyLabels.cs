using UssdGateway.Core.Programme;

namespace UssdGateway.Api.Records;

/// <summary>How privacy requests read in the console (French) and the API (a masked number).</summary>
public static class PrivacyLabels
{
    public static string Kind(PrivacyRequestKind kind) => kind == PrivacyRequestKind.Deletion ? "Suppression des données" : "Retrait du consentement";

    public static string Status(PrivacyRequestStatus status) => status switch
    {
        PrivacyRequestStatus.Pending => "en attente",
        PrivacyRequestStatus.Done => "données effacées",
        _ => "refusée",
    };

    /// <summary>"+223 76 •• •• 56": enough to recognise a caller on the phone, not to note the number; an erased number says so.</summary>
    public static string MaskedPhone(string phone)
    {
        if (PrivacyErasure.IsPlaceholder(phone)) return "numéro effacé";
        if (phone.Length < 8) return new string('•', phone.Length);
        return phone[..(phone.Length - 8)] + " " + phone.Substring(phone.Length - 8, 2) + " •• •• " + phone[^2..];
    }
}
