using UssdGateway.Admin;
using UssdGateway.Admin.Security;
using UssdGateway.Admin.Simulator;
using UssdGateway.Channels.AfricasTalking;
using UssdGateway.Channels.Twilio;
using UssdGateway.Health;
using UssdGateway.Hosting;
using UssdGateway.Infrastructure;
using UssdGateway.Infrastructure.Notices;
using UssdGateway.Infrastructure.Sms;
using UssdGateway.Observability;

var builder = WebApplication.CreateBuilder(args);
builder.Configuration.AddAppFolderSettings();

builder.Services.AddUssdGatewayInfrastructure(builder.Configuration);
builder.Services.AddUssdEngine(builder.Configuration);
builder.Services.AddWebhookLimits();
builder.Services.AddWebhookSecurity(builder.Configuration); // Africa's Talking token and allow-list, per-number rate limits
builder.Services.AddStaffConsole(builder.Configuration); // accounts, sign-in, API keys, pages (issue 9)
builder.Services.AddHostedService<GatewayStartup>(); // migrate, load and check menus before serving
builder.Services.AddSmsGateway(builder.Configuration); // after GatewayStartup: jobs start on a migrated database
builder.Services.AddScheduledNotices(builder.Configuration);
builder.AddGatewayObservability(); // metrics, traces, JSON logs: after the stores it decorates

var app = builder.Build();

app.UseWebhookErrorAnswers();
app.UseConsoleSecurity(); // everything under /admin and /api requires a role; webhooks and /health stay anonymous
app.MapHealthEndpoints();
app.MapGatewayMetrics(); // only with Metrics:Token, as a bearer token
app.MapAfricasTalkingUssd();
app.MapAfricasTalkingUssdEvents();
app.MapAfricasTalkingSms();
app.MapTwilioSms();
app.MapStaffConsole();
app.MapSimulator(); // staff role

try
{
    await app.RunAsync();
    return 0;
}
catch (GatewayStartupException e)
{
    await Console.Error.WriteLineAsync("UssdGateway cannot start: " + e.Message);
    return 1;
}

/// <summary>Entry point, visible to the tests' WebApplicationFactory.</summary>
public partial class Program;
