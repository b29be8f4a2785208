namespace UssdGateway.Core.Programme;

/// <summary>
/// The legal forms of <see cref="CooperativeForm"/> by the codes the API and the database use
/// (<c>collective_enterprise</c>, <c>production_cooperative</c>, <c>service_cooperative</c>, <c>gie</c>) and as staff
/// read them in French.
/// </summary>
public static class CooperativeForms
{
    public static readonly IReadOnlyList<CooperativeForm> All =
        [CooperativeForm.ProductionCooperative, CooperativeForm.ServiceCooperative, CooperativeForm.Gie, CooperativeForm.CollectiveEnterprise];

    public static string Code(CooperativeForm form) => form switch
    {
        CooperativeForm.CollectiveEnterprise => "collective_enterprise",
        CooperativeForm.ProductionCooperative => "production_cooperative",
        CooperativeForm.ServiceCooperative => "service_cooperative",
        CooperativeForm.Gie => "gie",
        _ => throw new ArgumentOutOfRangeException(nameof(form), form, "Unknown cooperative form."),
    };

    /// <summary>The form of a code (exact, lower case); false for anything else.</summary>
    public static bool TryParse(string? code, out CooperativeForm form)
    {
        foreach (var candidate in All)
        {
            if (string.Equals(Code(candidate), code?.Trim(), StringComparison.Ordinal))
            {
                form = candidate;
                return true;
            }
        }
        form = default;
        return false;
    }

    /// <summary>In French, as the SSE network writes it.</summary>
    public static string Label(CooperativeForm form) => form switch
    {
        CooperativeForm.CollectiveEnterprise => "Entreprise collective",
        CooperativeForm.ProductionCooperative => "Coopérative de production",
        CooperativeForm.ServiceCooperative => "Coopérative de services",
        CooperativeForm.Gie => "Groupement d'intérêt économique (GIE)",
        _ => form.ToString(),
    };

    /// <summary>The French label of a stored code; the code itself when unknown.</summary>
    public static string LabelOfCode(string code) => TryParse(code, out var form) ? Label(form) : code;
}
