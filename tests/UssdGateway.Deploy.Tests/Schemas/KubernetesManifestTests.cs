using System.Text.Json.Nodes;
using UssdGateway.Deploy.Tests.Support;
using UssdGateway.Testing;

namespace UssdGateway.Deploy.Tests.Schemas;

/// <summary>deploy/kubernetes/: each document checked against the vendored strict schema of its kind.</summary>
public sealed class KubernetesManifestTests
{
    public static TheoryData<string> Documents()
    {
        var data = new TheoryData<string>();
        foreach (var manifest in KubernetesManifest.All()) data.Add(manifest.ToString());
        return data;
    }

    private static KubernetesManifest Find(string name) => KubernetesManifest.All().Single(m => m.ToString() == name);

    [Theory]
    [MemberData(nameof(Documents))]
    public void Manifest_IsValid_AgainstTheVendoredSchemaOfItsKind(string name)
    {
        var manifest = Find(name);

        manifest.SchemaFile.Should().NotBeNull($"{name}: no schema vendored for this apiVersion/kind");
        SchemaValidator.Problems(manifest.SchemaFile!, manifest.Document).Should().BeEmpty();
    }

    [Fact]
    public void Manifests_CoverEveryKindTheIssueAsksFor()
    {
        KubernetesManifest.All().Select(m => m.Kind).Should().Contain(
            ["Deployment", "HorizontalPodAutoscaler", "Service", "Ingress", "ConfigMap", "Secret", "Job"]);
    }

    [Fact]
    public void StrictSchema_RejectsAMisspeltProbe_SoTheValidationIsReal()
    {
        var deployment = KubernetesManifest.Single("Deployment");
        var document = deployment.Document.DeepClone().AsObject();
        var container = document["spec"]!["template"]!["spec"]!["containers"]![0]!.AsObject();
        container["livenesProbe"] = container["livenessProbe"]!.DeepClone();

        SchemaValidator.Problems(deployment.SchemaFile!, document).Should().NotBeEmpty();
    }

    [Fact]
    public void Deployment_ProbesTheHealthEndpoints_AndSetsResources_AsANonRootUser()
    {
        var spec = KubernetesManifest.Single("Deployment").Document["spec"]!["template"]!["spec"]!;
        var container = spec["containers"]![0]!;

        container["readinessProbe"]!["httpGet"]!["path"]!.GetValue<string>().Should().Be("/health/ready");
        container["livenessProbe"]!["httpGet"]!["path"]!.GetValue<string>().Should().Be("/health/live");
        container["resources"]!["requests"]!["cpu"].Should().NotBeNull();
        container["resources"]!["limits"]!["memory"].Should().NotBeNull();
        spec["securityContext"]!["runAsNonRoot"]!.GetValue<bool>().Should().BeTrue();
    }

    [Fact]
    public void DeploymentAndMigrationJob_ReadTheSameSettings_AndTheJobRunsDbMigrate()
    {
        static IEnumerable<string> Sources(JsonNode podSpec) => podSpec["containers"]![0]!["envFrom"]!.AsArray()
            .Select(s => (s!["configMapRef"] ?? s["secretRef"])!["name"]!.GetValue<string>());
        var deployment = KubernetesManifest.Single("Deployment").Document["spec"]!["template"]!["spec"]!;
        var job = KubernetesManifest.Single("Job").Document["spec"]!["template"]!["spec"]!;

        Sources(job).Should().BeEquivalentTo(Sources(deployment));
        job["containers"]![0]!["command"]!.AsArray().Select(n => n!.GetValue<string>()).Should().EndWith(["db", "migrate"]);
        KubernetesManifest.Single("ConfigMap").Document["data"]!.AsObject().Should().ContainKeys("Jobs__Storage", "Jobs__RunServer", "Database__Provider");
    }

    [Fact]
    public void Kustomization_ListsEveryManifest_ButTheSecretExampleAndTheMigrationJob()
    {
        var kustomization = YamlToJson.Convert(File.ReadAllText(Path.Combine(KubernetesManifest.Folder, KubernetesManifest.KustomizationFile)));
        var listed = kustomization["resources"]!.AsArray().Select(n => n!.GetValue<string>()).ToList();
        var files = KubernetesManifest.All().Select(m => m.File).Distinct().ToList();

        listed.Should().BeEquivalentTo(files.Except(["secret.example.yaml", "migration-job.yaml"]));
    }

    [ToolFact("kubectl", "kubectl is not a Debian package; the schema tests above do not need it")]
    public async Task Kustomization_BuildsWithKubectlKustomize()
    {
        var result = await ProcessRunner.RunAsync(ExternalTool.Require("kubectl"), ["kustomize", KubernetesManifest.Folder]);

        result.ExitCode.Should().Be(0, result.Describe());
        YamlToJson.ConvertAll(result.StandardOutput).Should().HaveCount(6);
    }
}
