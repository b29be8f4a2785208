using System.Text.Json;
using UssdGateway.Core.Accounts;

namespace UssdGateway.Tests.Api.Records;

/// <summary>The OpenAPI document at <c>/api/openapi.json</c> describes every admin API operation integrations may call.</summary>
public sealed class OpenApiDocumentTests : IDisposable
{
    private readonly ApiRig _rig = ApiRig.Start();

    public void Dispose() => _rig.Dispose();

    [Fact]
    public async Task OpenApiDocument_DescribesEveryAdminOperation_ToAViewer()
    {
        (string Path, string Method)[] operations =
        [
            ("/api/beneficiaries", "get"),
            ("/api/beneficiaries/{id}", "get"),
            ("/api/cohorts", "post"),
            ("/api/cohorts/{id}", "patch"),
            ("/api/sessions", "post"),
            ("/api/sessions/{id}", "patch"),
            ("/api/cooperatives", "post"),
            ("/api/cooperatives/{id}/leaders", "post"),
            ("/api/loans", "post"),
            ("/api/loans/{id}/repayments", "post"),
            ("/api/privacy-requests", "get"),
            ("/api/privacy-requests/{id}/erase", "post"),
            ("/api/privacy-requests/{id}/refuse", "post"),
        ];
        using var viewer = await _rig.ClientAsync(StaffRole.Viewer);

        using var document = await ApiRig.ReadJsonAsync(viewer, "/api/openapi.json");

        var paths = document.RootElement.GetProperty("paths");
        operations.Where(o => !Describes(paths, o.Path, o.Method)).Should().BeEmpty("each of these is in the document");
    }

    private static bool Describes(JsonElement paths, string path, string method) =>
        paths.TryGetProperty(path, out var item) && item.TryGetProperty(method, out _);
}
