using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Hangfire;
using UssdGateway.Core.Sms;
using UssdGateway.Infrastructure.Jobs;

namespace UssdGateway.Infrastructure.Sms;

public static class SmsServiceCollectionExtensions
{
    /// <summary>The SMS texts file in the menu folder.</summary>
    public const string SmsTemplatesFileName = "sms.yaml";

    /// <summary>
    /// SMS: the <c>Sms</c> options, the inbox, the outbox and its delivery reports, the senders (Africa's Talking through a
    /// typed HttpClient, Twilio through its SDK, the log sender), the dispatcher and the inbox processor as Hangfire jobs (see
    /// <see cref="JobsServiceCollectionExtensions.AddGatewayJobs"/>: kicked when work arrives, swept every minute), the keyword handler with its texts (<c>sms.yaml</c> in the menu folder) and opt-outs.
    /// Needs <see cref="ServiceCollectionExtensions.AddUssdGatewayInfrastructure"/> (the database). Registrations use TryAdd,
/// except <see cref="IConfirmationSms"/>: the outbox one replaces the engine's default that drops confirmations.
    /// </summary>
    public static IServiceCollection AddSmsGateway(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<SmsOptions>()
            .Configure(o => configuration.GetSection(SmsOptions.SectionName).Bind(o))
            .Validate(o => o.Dispatch.MaxAttempts >= 1, "Sms:Dispatch:MaxAttempts must be at least 1.")
            .Validate(o => o.DailySpendCapXof >= 0, "Sms:DailySpendCapXof must not be negative.");

        services.TryAddSingleton<SmsInboxSignal>();
        services.TryAddSingleton<ISmsInbox, SmsInbox>();
        services.TryAddSingleton<ISmsOptOuts, SmsOptOuts>();
        services.TryAddSingleton<ISmsHelpThrottle, SmsHelpThrottle>();
        services.TryAddSingleton(sp => SmsTemplates.Load(Path.Combine(sp.GetRequiredService<GatewayPaths>().MenusDirectory, SmsTemplatesFileName)));
        services.TryAddSingleton<SmsKeywordHandler>();
        services.TryAddSingleton<SmsInboxProcessor>();
        services.TryAddSingleton<SmsOutboxSignal>();
        services.TryAddSingleton<ISmsOutbox, SmsOutbox>();
        // Replaces the engine's NoConfirmationSms whichever was added first: with SMS set up, confirmations go to the outbox.
        services.Replace(ServiceDescriptor.Singleton<IConfirmationSms>(sp => new ConfirmationSms(
            sp.GetRequiredService<ISmsOutbox>(), () => sp.GetRequiredService<SmsTemplates>(),
            sp.GetRequiredService<Microsoft.Extensions.Logging.ILogger<ConfirmationSms>>())));
        services.TryAddSingleton<ISmsDeliveryReports, SmsDeliveryReports>();

        services.AddHttpClient<AfricasTalkingSmsSender>(http => http.Timeout = Timeout.InfiniteTimeSpan) // the sender times each request
            .AddNotSentRetry();
        services.TryAddEnumerable(ServiceDescriptor.Transient<ISmsSender, AfricasTalkingSmsSender>(sp => sp.GetRequiredService<AfricasTalkingSmsSender>()));
        services.AddHttpClient<TwilioSmsSender>((sp, http) =>
            http.Timeout = sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<SmsOptions>>().Value.Twilio.Timeout);
        services.TryAddEnumerable(ServiceDescriptor.Transient<ISmsSender, TwilioSmsSender>(sp => sp.GetRequiredService<TwilioSmsSender>()));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ISmsSender, LogSmsSender>());

        services.TryAddSingleton<SmsDispatcher>();
        services.AddGatewayJobs(configuration);
        services.AddRecurringJob<SmsDispatchJob>(SmsDispatchJob.RecurringId, Cron.Minutely(), j => j.RunAsync(CancellationToken.None));
        services.AddRecurringJob<SmsInboxJob>(SmsInboxJob.RecurringId, Cron.Minutely(), j => j.RunAsync(CancellationToken.None));
        services.AddJobKicker<SmsOutboxSignal, SmsDispatchJob>(j => j.RunAsync(CancellationToken.None));
        services.AddJobKicker<SmsInboxSignal, SmsInboxJob>(j => j.RunAsync(CancellationToken.None));
        return services;
    }
}
