using System.Text.Json.Nodes;
using UssdGateway.Deploy.Tests.Support;
using UssdGateway.Testing;

namespace UssdGateway.Deploy.Tests.Schemas;

/// <summary>deploy/compose.yaml, checked against the vendored compose-spec schema and for what the issue asks.</summary>
public sealed class ComposeFileTests
{
    private static readonly string SchemaFile = DeployFiles.PathOf("schemas", "compose", "compose-spec.json");

    private static JsonObject Compose => YamlToJson.Convert(DeployFiles.Read("compose.yaml")).AsObject();

    private static JsonObject Service(string name) => Compose["services"]![name]!.AsObject();

    private static readonly string[] LongRunning = ["gateway-1", "gateway-2", "nginx", "redis", "sqlserver"];

    [Fact]
    public void ComposeFile_IsValid_AgainstTheVendoredComposeSpecSchema()
    {
        SchemaValidator.Problems(SchemaFile, Compose).Should().BeEmpty();
    }

    [Fact]
    public void ComposeSchema_RejectsAMisspeltServiceKey_SoTheValidationIsReal()
    {
        var compose = Compose;
        compose["services"]!["redis"]!["helthcheck"] = new JsonObject { ["test"] = "true" };

        SchemaValidator.Problems(SchemaFile, compose).Should().NotBeEmpty();
    }

    [Fact]
    public void ComposeSchema_RejectsADurationComposeCannotRead()
    {
        var compose = Compose;
        compose["services"]!["redis"]!["healthcheck"]!["interval"] = "5 seconds";

        SchemaValidator.Problems(SchemaFile, compose).Should().NotBeEmpty();
    }

    [Fact]
    public void ComposeFile_RunsTwoGatewaysNginxRedisAndSqlServer_WithHealthchecks()
    {
        foreach (var name in LongRunning)
            Service(name)["healthcheck"]?["test"].Should().NotBeNull($"{name} needs a healthcheck");
        Service("gateway-1")["image"]!.GetValue<string>().Should().Be(Service("gateway-2")["image"]!.GetValue<string>());
    }

    [Fact]
    public void Gateways_WaitForTheOneShotMigration_AndNeverMigrateThemselves()
    {
        Service("migrate")["restart"]!.GetValue<string>().Should().Be("no");
        Service("migrate")["entrypoint"]!.AsArray().Select(n => n!.GetValue<string>()).Should().Contain("/app/cli/ussdgw.dll");
        Service("migrate")["command"]!.AsArray().Select(n => n!.GetValue<string>()).Should().Equal("db", "migrate");
        foreach (var name in new[] { "gateway-1", "gateway-2" })
        {
            Service(name)["depends_on"]!["migrate"]!["condition"]!.GetValue<string>().Should().Be("service_completed_successfully");
            Service(name)["environment"]!["Database__MigrateOnStart"]!.GetValue<string>().Should().Be("false");
        }
    }

    [Fact]
    public void Gateways_ShareSessionsInRedis_AndDataInSqlServer_AndNameTheJobSettings()
    {
        var environment = Service("gateway-1")["environment"]!.AsObject();

        environment["Database__Provider"]!.GetValue<string>().Should().Be("SqlServer");
        environment["ConnectionStrings__Redis"]!.GetValue<string>().Should().StartWith("redis:6379");
        environment["ConnectionStrings__Database"]!.GetValue<string>().Should().Contain("Server=sqlserver");
        environment.Should().ContainKeys("Jobs__Storage", "Jobs__RunServer");
    }

    [Fact]
    public void Redis_KeepsItsDataOnAVolume_WithPersistenceOn()
    {
        var command = Service("redis")["command"]!.AsArray().Select(n => n!.GetValue<string>()).ToList();

        command.Should().ContainInConsecutiveOrder("--appendonly", "yes");
        Service("redis")["volumes"]!.AsArray().Select(n => n!.GetValue<string>()).Should().Contain(v => v.EndsWith(":/data", StringComparison.Ordinal));
    }

    [Fact]
    public void Nginx_MountsTheShippedNginxFiles()
    {
        var volumes = Service("nginx")["volumes"]!.AsArray().Select(n => n!.GetValue<string>()).ToList();

        foreach (var file in new[] { "site-compose.conf", "upstream-compose.conf", "proxy.conf" })
        {
            volumes.Should().Contain(v => v.StartsWith("./nginx/" + file + ":", StringComparison.Ordinal));
            File.Exists(DeployFiles.PathOf("nginx", file)).Should().BeTrue(file);
        }
    }
}
