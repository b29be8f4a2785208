namespace UssdGateway.Core.Programme;

/// <summary>The legal forms of SSE enterprise the programme supports.</summary>
public enum CooperativeForm
{
    /// <summary>Entreprise collective.</summary>
    CollectiveEnterprise,

    /// <summary>Coopérative de production.</summary>
    ProductionCooperative,

    /// <summary>Coopérative de services.</summary>
    ServiceCooperative,

    /// <summary>Groupement d'intérêt économique (GIE).</summary>
    Gie,
}
