using Microsoft.AspNetCore.Http.Features;

namespace UssdGateway.Hosting;

public static class WebhookLimits
{
    /// <summary>Telco callbacks are a few short fields: refuse anything much bigger early.</summary>
    public static IServiceCollection AddWebhookLimits(this IServiceCollection services)
    {
        services.Configure<FormOptions>(o =>
        {
            o.ValueCountLimit = 64;
            o.KeyLengthLimit = 64;
            o.ValueLengthLimit = 8 * 1024;
            o.MultipartBodyLengthLimit = 64 * 1024;
        });
        return services;
    }
}
