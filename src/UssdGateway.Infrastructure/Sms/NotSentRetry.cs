using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace UssdGateway.Infrastructure.Sms;

/// <summary>
/// The senders' HTTP resilience: a request that certainly did not leave (connection refused, the name not resolved) is
/// tried again at once, twice, 200 ms then 400 ms later. Nothing else is retried here: an answer, a 5xx or a timeout
/// after sending go back to the dispatcher, which fails over, requeues with backoff, or marks the message
/// <c>unknown</c> (it may have been sent: never resent blindly).
/// </summary>
internal static class NotSentRetry
{
    public const string PipelineName = "sms-not-sent";

    public static IHttpClientBuilder AddNotSentRetry(this IHttpClientBuilder builder)
    {
        builder.AddResilienceHandler(PipelineName, pipeline =>
        {
            // The real clock: a network backoff, not the programme's time (tests run the programme on a fake clock).
            pipeline.TimeProvider = TimeProvider.System;
            pipeline.AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = 2,
                Delay = TimeSpan.FromMilliseconds(200),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = false,
                ShouldHandle = args => ValueTask.FromResult(args.Outcome.Exception is HttpRequestException
                {
                    HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError,
                }),
            });
        });
        builder.AddHttpMessageHandler(() => new RequestLeftMarker()); // inside the retry: one mark per attempt
        return builder;
    }
}
