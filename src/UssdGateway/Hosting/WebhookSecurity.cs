using UssdGateway.Channels.Security;

namespace UssdGateway.Hosting;

public static class WebhookSecurity
{
    /// <summary>
    /// The webhooks' guards: Africa's Talking's token and address allow-list (<c>Webhooks:AfricasTalking</c>), the per-number
    /// rate limits (<c>Webhooks:RateLimits</c>), both checked at start. The request-start log of ASP.NET Core's hosting
    /// (<c>Microsoft.AspNetCore.Hosting.Diagnostics</c>, Information) writes the full URL with its query string, where
    /// Africa's Talking's token travels: that category is kept at Warning whatever the settings say.
    /// </summary>
    public static IServiceCollection AddWebhookSecurity(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AfricasTalkingWebhookOptions>()
            .Bind(configuration.GetSection(AfricasTalkingWebhookOptions.SectionName))
            .Validate(o => IpAllowList.TryParse(o.AllowedIps, out _, out _),
                $"{AfricasTalkingWebhookOptions.SectionName}:AllowedIps holds an entry that is neither an IP address nor a CIDR network")
            .ValidateOnStart();
        services.AddOptions<WebhookRateLimitOptions>()
            .Bind(configuration.GetSection(WebhookRateLimitOptions.SectionName))
            .Validate(o => o.UssdHopsPerMinute >= 0 && o.SmsPerMinute >= 0,
                $"{WebhookRateLimitOptions.SectionName}: UssdHopsPerMinute and SmsPerMinute must be 0 (no limit) or more")
            .ValidateOnStart();
        services.AddSingleton<AfricasTalkingCallerCheck>();
        services.AddSingleton<WebhookRateLimits>();
        services.AddLogging(logging => logging.AddFilter("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.Warning));
        return services;
    }
}
