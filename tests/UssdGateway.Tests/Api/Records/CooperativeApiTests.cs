using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using UssdGateway.Core.Accounts;
using UssdGateway.Core.Programme;
using UssdGateway.Tests.Support;

namespace UssdGateway.Tests.Api.Records;

/// <summary><c>/api/cooperatives</c> and <c>/api/sales-reports</c>: leaders counted, current sales by default, corrections on request.</summary>
public sealed class CooperativeApiTests : IDisposable
{
    private readonly ApiRig _rig = ApiRig.Start();

    public void Dispose() => _rig.Dispose();

    [Fact]
    public async Task SalesReports_ShowTheCurrentVersion_AndTheCorrectionsWithHistory()
    {
        var services = _rig.Factory.Services;
        var staff = ProgrammeActor.Staff("test");
        var cooperatives = services.GetRequiredService<ICooperativeRepository>();
        var id = await cooperatives.CreateAsync(new NewCooperative("GIE Jigiya Saniya", CooperativeForm.Gie, "sanitation", "IV", 12), staff);
        await cooperatives.AddLeaderAsync(id, TestPhones.Next(), null, staff);
        var month = SalesMonth.Of(DateOnly.FromDateTime(DateTime.UtcNow)).Previous();
        await cooperatives.ReportSalesAsync(id, month, 100_000, staff);
        await cooperatives.ReportSalesAsync(id, month, 125_000, staff);
        using var viewer = await _rig.ClientAsync(StaffRole.Viewer);

        using var list = JsonDocument.Parse(await viewer.GetStringAsync("/api/cooperatives"));
        using var current = JsonDocument.Parse(await viewer.GetStringAsync($"/api/sales-reports?month={month}"));
        using var history = JsonDocument.Parse(await viewer.GetStringAsync($"/api/sales-reports?cooperative={id}&history=true"));
        using var otherMonth = JsonDocument.Parse(await viewer.GetStringAsync($"/api/sales-reports?month={month.Previous()}"));

        list.RootElement.GetProperty("items")[0].GetProperty("leaders").GetInt32().Should().Be(1);
        list.RootElement.GetProperty("items")[0].GetProperty("membersCount").GetInt32().Should().Be(12);
        current.RootElement.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("amountXof").GetInt64()).Should().Equal(125_000);
        history.RootElement.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("amountXof").GetInt64()).Should().Equal(125_000, 100_000);
        otherMonth.RootElement.GetProperty("items").GetArrayLength().Should().Be(0);
    }
}
