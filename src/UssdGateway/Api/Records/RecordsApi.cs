using Microsoft.Extensions.DependencyInjection.Extensions;
using UssdGateway.Admin.Security;
using UssdGateway.Infrastructure.Records;

namespace UssdGateway.Api.Records;

public static class RecordsApi
{
    public const string OpenApiPath = "/api/openapi.json";

    /// <summary>The records API's services: the read side, the detail gatherer, the OpenAPI document.</summary>
    public static IServiceCollection AddRecordsApi(this IServiceCollection services)
    {
        services.AddProgrammeRecords();
        services.TryAddSingleton<BeneficiaryDetails>();
        services.TryAddSingleton<PrivacyHandling>();
        services.TryAddSingleton<CooperativeLeaders>();
        services.AddOpenApi();
        return services;
    }

    /// <summary>The records API under <c>/api</c> and its OpenAPI document at <see cref="OpenApiPath"/> (viewer).</summary>
    public static IEndpointRouteBuilder MapRecordsApi(this IEndpointRouteBuilder app)
    {
        app.MapBeneficiaryRecords();
        app.MapTrainingRecords();
        app.MapCooperativeRecords();
        app.MapLoanRecords();
        app.MapMessageRecords();
        app.MapPrivacyRequestRecords();
        app.MapOpenApi(OpenApiPath).RequireAuthorization(ConsolePolicies.Viewer);
        return app;
    }
}
