using UssdGateway.Core.Broadcasts;

namespace UssdGateway.Admin.Broadcasts;

/// <summary>The compose form: the audience kind, the cohort (for a cohort) or the place (commune or sector), both texts.</summary>
public sealed class BroadcastForm
{
    public string Kind { get; set; } = "cohort";

    public string? Cohort { get; set; }

    public string? Place { get; set; }

    public string? TextFr { get; set; }

    public string? TextBm { get; set; }

    /// <summary>The request, or null with why not (in French, for the page).</summary>
    public BroadcastRequest? ToRequest(out string? problem)
    {
        problem = null;
        if (!Enum.TryParse<BroadcastAudienceKind>(Kind, ignoreCase: true, out var kind) || !Enum.IsDefined(kind))
        {
            problem = "Choisissez le public : une cohorte, une commune, un secteur ou tous les responsables.";
            return null;
        }
        var value = kind switch
        {
            BroadcastAudienceKind.Cohort => Cohort,
            BroadcastAudienceKind.Leaders => null,
            _ => Place,
        };
        var request = new BroadcastRequest(new BroadcastAudience(kind, value), TextFr ?? "", TextBm ?? "");
        problem = request.Problem() switch
        {
            null => null,
            _ when kind == BroadcastAudienceKind.Cohort && !long.TryParse(Cohort, out _) => "Choisissez une cohorte.",
            _ when kind is BroadcastAudienceKind.Commune or BroadcastAudienceKind.Sector && string.IsNullOrWhiteSpace(Place) => "Indiquez la commune ou le secteur.",
            _ when string.IsNullOrWhiteSpace(TextFr) || string.IsNullOrWhiteSpace(TextBm) => "Le texte est nécessaire en français et en bambara.",
            _ => $"Un texte fait au plus {BroadcastRequest.MaxTextLength} caractères.",
        };
        return problem is null ? request : null;
    }
}
