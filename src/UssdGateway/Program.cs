using UssdGateway.Admin.Simulator;
using UssdGateway.Channels.AfricasTalking;
using UssdGateway.Channels.Twilio;
using UssdGateway.Health;
using UssdGateway.Hosting;
using UssdGateway.Infrastructure;
using UssdGateway.Infrastructure.Notices;
using UssdGateway.Infrastructure.Sms;

var builder = WebApplication.CreateBuilder(args);
builder.Configuration.AddAppFolderSettings();

builder.Services.AddUssdGatewayInfrastructure(builder.Configuration);
builder.Services.AddUssdEngine(builder.Configuration);
builder.Services.AddWebhookLimits();
builder.Services.AddWebhookSecurity(builder.Configuration); // Africa's Talking token and allow-list, per-number rate limits
builder.Services.AddHostedService<GatewayStartup>(); // migrate, load and check menus before serving
builder.Services.AddSmsGateway(builder.Configuration); // after GatewayStartup: jobs start on a migrated database
builder.Services.AddScheduledNotices(builder.Configuration);

var app = builder.Build();

app.UseWebhookErrorAnswers();
app.MapHealthEndpoints();
app.MapAfricasTalkingUssd();
app.MapAfricasTalkingUssdEvents();
app.MapAfricasTalkingSms();
app.MapTwilioSms();
app.MapSimulator(); // Development only until staff accounts arrive (issue 9)

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
