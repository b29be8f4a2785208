using UssdGateway.Channels.AfricasTalking;
using UssdGateway.Health;
using UssdGateway.Hosting;
using UssdGateway.Infrastructure;

var builder = WebApplication.CreateBuilder(args);
builder.Configuration.AddAppFolderSettings();

builder.Services.AddUssdGatewayInfrastructure(builder.Configuration);
builder.Services.AddUssdEngine(builder.Configuration);
builder.Services.AddWebhookLimits();

var app = builder.Build();

app.UseWebhookErrorAnswers();
if (!await app.TryPrepareAsync()) return 1; // migrate, load and check the menus: refuse to start, saying why

app.MapHealthEndpoints();
app.MapAfricasTalkingUssd();

await app.RunAsync();
return 0;

/// <summary>Entry point, visible to the tests' WebApplicationFactory.</summary>
public partial class Program;
