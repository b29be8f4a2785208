using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using UssdGateway.Observability;

namespace UssdGateway.Tests.Observability;

public sealed class JsonLoggingTests
{
    [Theory]
    [InlineData("Production", null, true)]
    [InlineData("Development", null, false)]
    [InlineData("Testing", null, false)]
    [InlineData("Development", "json", true)]
    [InlineData("Production", "simple", false)]
    [InlineData("Production", " JSON ", true)]
    public void IsWanted_FollowsLoggingFormat_ElseJsonOnlyInProduction(string environment, string? format, bool json)
    {
        JsonLogging.IsWanted(Configuration(format), new Environment(environment)).Should().Be(json);
    }

    [Fact]
    public void IsWanted_NamesTheSetting_WhenTheFormatIsUnknown()
    {
        var read = () => JsonLogging.IsWanted(Configuration("xml"), new Environment("Production"));

        read.Should().Throw<InvalidOperationException>().WithMessage("*Logging:Format*xml*json or simple*");
    }

    private static IConfiguration Configuration(string? format) => new ConfigurationBuilder()
        .AddInMemoryCollection(new Dictionary<string, string?> { [JsonLogging.FormatKey] = format })
        .Build();

    private sealed class Environment(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;
        public string ApplicationName { get; set; } = "UssdGateway";
        public string ContentRootPath { get; set; } = "";
        public Microsoft.Extensions.FileProviders.IFileProvider ContentRootFileProvider { get; set; } = null!;
    }
}
