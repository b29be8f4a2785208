using Hangfire.Common;

namespace UssdGateway.Infrastructure.Jobs;

/// <summary>A recurring job the gateway runs: its kebab-case id, its default cron (Bamako time) and the call.</summary>
public sealed record RecurringJobDefinition(string Id, string DefaultCron, Job Job);
