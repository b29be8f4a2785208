using System.Text.Json.Nodes;
using UssdGateway.Deploy.Tests.Support;
using UssdGateway.Testing;

namespace UssdGateway.Deploy.Tests.Schemas;

/// <summary>One document of a file under deploy/kubernetes/, with the vendored schema of its kind.</summary>
public sealed record KubernetesManifest(string File, int Index, JsonObject Document)
{
    private static readonly Dictionary<(string ApiVersion, string Kind), string> SchemaFiles = new()
    {
        [("apps/v1", "Deployment")] = "deployment-apps-v1.json",
        [("v1", "Service")] = "service-v1.json",
        [("v1", "ConfigMap")] = "configmap-v1.json",
        [("v1", "Secret")] = "secret-v1.json",
        [("networking.k8s.io/v1", "Ingress")] = "ingress-networking-v1.json",
        [("autoscaling/v2", "HorizontalPodAutoscaler")] = "horizontalpodautoscaler-autoscaling-v2.json",
        [("batch/v1", "Job")] = "job-batch-v1.json",
        [("policy/v1", "PodDisruptionBudget")] = "poddisruptionbudget-policy-v1.json",
    };

    public const string KustomizationFile = "kustomization.yaml";

    public string ApiVersion => Document["apiVersion"]?.GetValue<string>() ?? "";

    public string Kind => Document["kind"]?.GetValue<string>() ?? "";

    /// <summary>The vendored schema for this kind, or null when none is vendored.</summary>
    public string? SchemaFile => SchemaFiles.TryGetValue((ApiVersion, Kind), out var file)
        ? DeployFiles.PathOf("schemas", "kubernetes", file)
        : null;

    public override string ToString() => $"{File}#{Index} {ApiVersion}/{Kind}";

    public static string Folder => DeployFiles.PathOf("kubernetes");

    /// <summary>Every document of every manifest (the kustomization file excluded: it is not a cluster object).</summary>
    public static IReadOnlyList<KubernetesManifest> All() =>
        Directory.GetFiles(Folder, "*.yaml")
            .Where(f => Path.GetFileName(f) != KustomizationFile)
            .Order(StringComparer.Ordinal)
            .SelectMany(f => YamlToJson.ConvertAll(System.IO.File.ReadAllText(f))
                .Select((d, i) => new KubernetesManifest(Path.GetFileName(f), i, d.AsObject())))
            .ToList();

    public static KubernetesManifest Single(string kind) => All().Single(m => m.Kind == kind);
}
