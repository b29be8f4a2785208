using System.Globalization;
using UssdGateway.Core.Programme;

namespace UssdGateway.Admin.Records.Training;

/// <summary>French words for the training pages.</summary>
public static class SessionLabels
{
    public static string Status(TrainingSessionStatus status) => status switch
    {
        TrainingSessionStatus.Scheduled => "prévue",
        TrainingSessionStatus.Moved => "déplacée",
        TrainingSessionStatus.Cancelled => "annulée",
        _ => status.ToString(),
    };

    public static string Language(string code) => code == "bm" ? "bambara" : "français";

    public static string When(DateTimeOffset at) => at.UtcDateTime.ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);
}
