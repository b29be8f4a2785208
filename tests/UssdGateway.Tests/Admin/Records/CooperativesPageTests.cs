using System.Net;
using Microsoft.Extensions.DependencyInjection;
using UssdGateway.Core.Accounts;
using UssdGateway.Core.Programme;
using UssdGateway.Tests.Api;
using UssdGateway.Tests.Support;

namespace UssdGateway.Tests.Admin.Records;

/// <summary><c>/admin/cooperatives?id=</c>: a cooperative's leaders and its sales reports.</summary>
public sealed class CooperativesPageTests : IDisposable
{
    private readonly ApiRig _rig = ApiRig.Start();

    public void Dispose() => _rig.Dispose();

    [Fact]
    public async Task CooperativesPage_ShowsLeadersAndSalesHistory()
    {
        var services = _rig.Factory.Services;
        var staff = ProgrammeActor.Staff("test");
        var cooperatives = services.GetRequiredService<ICooperativeRepository>();
        var id = await cooperatives.CreateAsync(new NewCooperative("Coopérative Benkadi", CooperativeForm.ProductionCooperative, "food", "I", 20), staff);
        var leader = TestPhones.Next();
        await cooperatives.AddLeaderAsync(id, leader, null, staff);
        await cooperatives.ReportSalesAsync(id, SalesMonth.Of(DateOnly.FromDateTime(DateTime.UtcNow)).Previous(), 80_000, staff);
        using var viewer = await _rig.Factory.SignedInClientAsync(StaffRole.Viewer);

        var html = WebUtility.HtmlDecode(await viewer.GetStringAsync($"/admin/cooperatives?id={id}"));

        html.Should().Contain("Coopérative Benkadi").And.Contain(leader).And.Contain("80\u202f000").And.Contain("en vigueur");
    }
}
