using Microsoft.Extensions.DependencyInjection.Extensions;
using UssdGateway.Admin.Records.Csv;
using UssdGateway.Api.Records;

namespace UssdGateway.Admin.Records;

public static class RecordsConsole
{
    /// <summary>The records pages' and API's services: the read side, CSV imports, the OpenAPI document.</summary>
    public static IServiceCollection AddRecordsConsole(this IServiceCollection services)
    {
        services.AddRecordsApi();
        services.TryAddSingleton<BeneficiaryCsvImport>();
        services.TryAddSingleton<CohortCsvImport>();
        return services;
    }

    /// <summary>The records API under <c>/api</c> and the CSV exports under <c>/admin/records/csv</c> (the pages map with the other Razor Pages).</summary>
    public static IEndpointRouteBuilder MapRecordsConsole(this IEndpointRouteBuilder app)
    {
        app.MapRecordsApi();
        app.MapRecordsCsvExport();
        return app;
    }
}
